// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuggestPairingsDialog.h"

#include "ui/models/Format.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

enum Column
{
    Pair,
    Score,
    Readiness,
    ColumnCount
};

} // namespace

SuggestPairingsDialog::SuggestPairingsDialog(const QString& cohortName, PairingRole role,
                                             const MatchResult& result,
                                             const QHash<QString, QString>& names,
                                             QWidget* parent)
    : QDialog(parent), m_proposals(result.proposals), m_tree(new QTreeWidget(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("suggestPairingsDialog"));
    const bool mentor = role == PairingRole::Mentor;
    setWindowTitle(mentor ? tr("Suggested mentors for “%1”").arg(cohortName)
                          : tr("Suggested coaches for “%1”").arg(cohortName));
    const auto nameOf = [&names](const QString& ref) { return names.value(ref, ref); };

    auto* intro = new QLabel(
        mentor ? tr("Parcours pairs as many participants as the mentors' capacity allows and, "
                    "among those pairings, the ones with the highest total score. Uncheck the "
                    "ones you do not want.")
               : tr("Parcours pairs as many participants as the coaches' capacity allows and, "
                    "among those pairings, the ones with the highest total score. Uncheck the "
                    "ones you do not want."),
        this);
    intro->setWordWrap(true);

    m_tree->setObjectName(QStringLiteral("proposalTree"));
    m_tree->setAccessibleName(tr("Proposed pairings"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Participant and volunteer"), tr("Score"), tr("Readiness")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    for (int i = 0; i < m_proposals.size(); ++i) {
        const Proposal& p = m_proposals.at(i);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(Pair, tr("%1 with %2").arg(nameOf(p.participantRef), nameOf(p.volunteerRef)));
        item->setData(Pair, Qt::UserRole, i);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Pair, Qt::Checked);
        item->setText(Score, QLocale().toString(p.score.points));
        item->setTextAlignment(Score, Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = item->font(Pair);
        bold.setBold(true);
        item->setFont(Pair, bold);
        item->setText(Readiness, p.missing.isEmpty() ? tr("Ready") : tr("Not ready"));
        if (!p.missing.isEmpty()) {
            // What the onboarding lacks, in full on its own line (too long for the column).
            item->setForeground(Readiness, QColor(0x8a, 0x5a, 0x00));
            auto* missing = new QTreeWidgetItem(item);
            missing->setText(Pair, tr("Onboarding not finished, missing: %1")
                                       .arg(VolunteerReadiness::labels(p.missing)));
            missing->setToolTip(Pair, missing->text(Pair));
            missing->setForeground(Pair, QColor(0x8a, 0x5a, 0x00));
            missing->setFlags(Qt::ItemIsEnabled);
            missing->setFirstColumnSpanned(true);
        }
        if (p.score.reasons.isEmpty()) {
            auto* reason = new QTreeWidgetItem(item);
            reason->setText(Pair, tr("No criterion met: the only volunteer with room left"));
            reason->setFlags(Qt::ItemIsEnabled);
        }
        for (const ScoreReason& r : p.score.reasons) {
            auto* reason = new QTreeWidgetItem(item);
            reason->setText(Pair, r.text);
            reason->setToolTip(Pair, r.text);
            reason->setText(Score, tr("+%1").arg(QLocale().toString(r.points)));
            reason->setTextAlignment(Score, Qt::AlignRight | Qt::AlignVCenter);
            reason->setFlags(Qt::ItemIsEnabled);
        }
    }
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Pair, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(Score, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Readiness, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::itemChanged, this, &SuggestPairingsDialog::updateState);

    auto* unpaired = new QLabel(this);
    unpaired->setObjectName(QStringLiteral("unpairedLabel"));
    unpaired->setWordWrap(true);
    if (!result.unpaired.isEmpty()) {
        QStringList who;
        for (const QString& ref : result.unpaired)
            who << nameOf(ref);
        unpaired->setText(
            (mentor ? tr("No mentor with room left for %n participant(s): %1.", nullptr,
                         int(who.size()))
                    : tr("No coach with room left for %n participant(s): %1.", nullptr,
                         int(who.size())))
                .arg(who.join(QStringLiteral(", "))));
    } else {
        unpaired->hide();
    }

    auto* all = new QPushButton(tr("Check &all"), this);
    all->setObjectName(QStringLiteral("checkAllButton"));
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    auto* none = new QPushButton(tr("Check &none"), this);
    none->setObjectName(QStringLiteral("checkNoneButton"));
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    auto* checks = new QHBoxLayout;
    checks->addWidget(all);
    checks->addWidget(none);
    checks->addWidget(m_summary, 1);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(tr("A&ccept the pairings checked"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(unpaired);
    layout->addLayout(checks);
    layout->addWidget(buttons);
    resize(820, 560);
    updateState();
}

QList<Proposal> SuggestPairingsDialog::accepted() const
{
    QList<Proposal> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->checkState(Pair) == Qt::Checked)
            out << m_proposals.at(item->data(Pair, Qt::UserRole).toInt());
    }
    return out;
}

void SuggestPairingsDialog::setChecked(int row, bool checked)
{
    if (QTreeWidgetItem* item = m_tree->topLevelItem(row))
        item->setCheckState(Pair, checked ? Qt::Checked : Qt::Unchecked);
}

void SuggestPairingsDialog::setAllChecked(bool checked)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        setChecked(i, checked);
}

void SuggestPairingsDialog::updateState()
{
    const int count = int(accepted().size());
    const int total = int(m_proposals.size());
    m_accept->setEnabled(count > 0);
    m_summary->setText(total == 0 ? tr("No proposal: everyone is paired in this role, or no "
                                       "volunteer has room left.")
                                  : tr("%1 of %n proposal(s) checked", nullptr, total)
                                        .arg(QLocale().toString(count)));
}

} // namespace parcours::ui
