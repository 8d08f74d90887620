// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingVolunteerPicker.h"

#include "ui/models/PairingVolunteerModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

enum Column
{
    Name,
    Score,
    Load,
    Readiness,
    ColumnCount
};

constexpr int kIndexRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1;

} // namespace

PairingVolunteerPicker::PairingVolunteerPicker(const QString& title, const QString& intro,
                                               QList<PickerChoice> choices, QWidget* parent)
    : QDialog(parent), m_choices(std::move(choices)), m_tree(new QTreeWidget(this)),
      m_search(new QLineEdit(this)), m_reasons(new QLabel(this))
{
    setObjectName(QStringLiteral("pairingVolunteerPicker"));
    setWindowTitle(title);
    auto* text = new QLabel(intro, this);
    text->setWordWrap(true);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search the volunteers"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &PairingVolunteerPicker::filter);

    // The best score first; those who cannot be chosen last; then by name.
    std::stable_sort(m_choices.begin(), m_choices.end(),
                     [](const PickerChoice& a, const PickerChoice& b) {
                         const int sa = a.score ? a.score->points : -1;
                         const int sb = b.score ? b.score->points : -1;
                         if (sa != sb)
                             return sa > sb;
                         return a.load.volunteer.lastName.localeAwareCompare(
                                    b.load.volunteer.lastName) < 0;
                     });

    m_tree->setObjectName(QStringLiteral("volunteerTree"));
    m_tree->setAccessibleName(tr("Volunteers"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Volunteer"), tr("Score"), tr("Load"), tr("Readiness")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    for (int i = 0; i < m_choices.size(); ++i) {
        const PickerChoice& c = m_choices.at(i);
        const Volunteer& v = c.load.volunteer;
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(Name, v.fullName());
        item->setData(Name, kIndexRole, i);
        item->setData(Name, kSearchRole,
                      codes::fold(v.fullName() + QLatin1Char(' ') + v.profession +
                                  QLatin1Char(' ') + v.sector + QLatin1Char(' ') + v.school));
        item->setText(Score, c.score ? QLocale().toString(c.score->points) : QString());
        item->setTextAlignment(Score, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Load, PairingVolunteerModel::loadText(c.load));
        item->setTextAlignment(Load, Qt::AlignCenter);
        item->setText(Readiness, c.load.missing.isEmpty()
                                     ? tr("Ready")
                                     : tr("Missing: %1")
                                           .arg(VolunteerReadiness::labels(c.load.missing)));
        item->setToolTip(Readiness, item->text(Readiness));
        if (!c.score) {
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            item->setToolTip(Name, c.load.remaining() <= 0
                                       ? tr("No room left: %1").arg(item->text(Load))
                                       : tr("Cannot be paired with this participant"));
        }
    }
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Score, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(Load, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PairingVolunteerPicker::updateState);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (!selectedRef().isEmpty())
            accept();
    });

    m_reasons->setObjectName(QStringLiteral("reasonsLabel"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setMinimumHeight(fontMetrics().height() * 4);
    m_reasons->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_choose = buttons->addButton(tr("&Choose"), QDialogButtonBox::AcceptRole);
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    m_choose->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_reasons);
    layout->addWidget(buttons);
    resize(680, 520);
    setTabOrder(m_search, m_tree);
    // Start on the best choice.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->flags() & Qt::ItemIsSelectable) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
            break;
        }
    }
    updateState();
}

QString PairingVolunteerPicker::selectedRef() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->isHidden() || !(item->flags() & Qt::ItemIsSelectable))
        return {};
    return m_choices.at(item->data(Name, kIndexRole).toInt()).load.volunteer.ref;
}

bool PairingVolunteerPicker::select(const QString& ref)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (m_choices.at(item->data(Name, kIndexRole).toInt()).load.volunteer.ref == ref) {
            if (!(item->flags() & Qt::ItemIsSelectable))
                return false;
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void PairingVolunteerPicker::filter(const QString& text)
{
    const QStringList words = codes::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        const QString hay = item->data(Name, kSearchRole).toString();
        bool match = true;
        for (const QString& w : words)
            match = match && hay.contains(w);
        item->setHidden(!match);
    }
    updateState();
}

void PairingVolunteerPicker::updateState()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const QString ref = selectedRef();
    m_choose->setEnabled(!ref.isEmpty());
    if (ref.isEmpty() || !item) {
        m_reasons->setText(tr("Choose a volunteer to see why they fit."));
        return;
    }
    const PickerChoice& c = m_choices.at(item->data(Name, kIndexRole).toInt());
    QStringList lines;
    if (c.score->reasons.isEmpty())
        lines << tr("No criterion met.");
    for (const ScoreReason& r : c.score->reasons)
        lines << tr("+%1  %2").arg(QLocale().toString(r.points), r.text);
    m_reasons->setText(lines.join(QLatin1Char('\n')));
}

} // namespace parcours::ui
