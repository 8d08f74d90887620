// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainerForm.h"

#include "CodeCombo.h"
#include "FormFields.h"
#include "UnavailabilityText.h"
#include "core/services/ChangeNotifier.h"
#include "ui/commands/UnavailabilityCommand.h"
#include "ui/dialogs/UnavailabilityDialog.h"
#include "ui/models/TrainerTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

TrainerForm::TrainerForm(TrainerTableModel* model, QWidget* parent)
    : RecordFormT(model, parent), m_refEdit(new QLineEdit), m_name(new QLineEdit),
      m_kind(new QComboBox), m_modulesBox(new QWidget), m_email(new QLineEdit),
      m_phone(new QLineEdit), m_maxHours(new QDoubleSpinBox), m_awayPanel(new QWidget),
      m_awayList(new QListWidget), m_awayEmpty(new QLabel), m_addAway(new QPushButton(tr("&Add…"))),
      m_editAway(new QPushButton(tr("Chan&ge…"))), m_removeAway(new QPushButton(tr("&Remove")))
{
    setObjectName(QStringLiteral("trainerForm"));
    m_refEdit->setReadOnly(true);
    combo::fill<TrainerKind>(m_kind);
    auto* column = new QVBoxLayout(m_modulesBox);
    column->setContentsMargins(0, 0, 0, 0);
    for (Module m : allValues<Module>()) {
        auto* box = new QCheckBox(format::label(m), m_modulesBox);
        m_modules.insert(m, box);
        column->addWidget(box);
    }
    // 0 stands for "no limit": a trainer who may teach no hour at all would not be listed.
    m_maxHours->setRange(0, 60);
    m_maxHours->setDecimals(1);
    m_maxHours->setSingleStep(0.5);
    m_maxHours->setSpecialValueText(tr("No limit"));
    m_maxHours->setSuffix(tr(" h"));
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));
    m_email->setPlaceholderText(tr("name@example.org"));

    addField(QStringLiteral("ref"), tr("Ref."), m_refEdit);
    addField(QStringLiteral("name"), tr("Na&me"), m_name);
    addField(QStringLiteral("kind"), tr("&Kind"), m_kind);
    addField(QStringLiteral("modules"), tr("Mod&ules taught"), m_modulesBox);
    addField(QStringLiteral("email"), tr("&Email"), m_email);
    addField(QStringLiteral("phone"), tr("&Phone"), m_phone);
    addField(QStringLiteral("max_hours_week"), tr("Max. &hours a week"), m_maxHours);

    // The times the trainer cannot teach: written at once, one undo step each (see TrainerForm.md).
    m_awayList->setObjectName(QStringLiteral("unavailableList"));
    m_awayList->setAccessibleName(tr("Times unavailable"));
    m_awayList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_awayList->setAlternatingRowColors(true);
    m_awayList->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_awayEmpty->setObjectName(QStringLiteral("unavailableEmpty"));
    m_awayEmpty->setWordWrap(true);
    m_awayEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_addAway->setObjectName(QStringLiteral("addUnavailable"));
    m_editAway->setObjectName(QStringLiteral("editUnavailable"));
    m_removeAway->setObjectName(QStringLiteral("removeUnavailable"));
    m_addAway->setToolTip(tr("Add a day and time when this trainer cannot teach"));
    m_editAway->setToolTip(tr("Change the time selected"));
    m_removeAway->setToolTip(tr("Remove the time selected; Edit > Undo brings it back"));
    m_addAway->setAccessibleName(tr("Add a time unavailable"));
    m_editAway->setAccessibleName(tr("Change the time unavailable selected"));
    m_removeAway->setAccessibleName(tr("Remove the time unavailable selected"));
    auto* awayButtons = new QHBoxLayout;
    awayButtons->setContentsMargins(0, 0, 0, 0);
    awayButtons->addWidget(m_addAway);
    awayButtons->addWidget(m_editAway);
    awayButtons->addWidget(m_removeAway);
    awayButtons->addStretch(1);
    auto* awayColumn = new QVBoxLayout(m_awayPanel);
    awayColumn->setContentsMargins(0, 0, 0, 0);
    awayColumn->addWidget(m_awayEmpty);
    awayColumn->addWidget(m_awayList);
    awayColumn->addLayout(awayButtons);
    addSection(QStringLiteral("unavailability"), tr("Unavaila&ble"), m_awayPanel);
    finishFields();
    setTabOrder(m_awayPanel, m_awayList);
    setTabOrder(m_awayList, m_addAway);
    setTabOrder(m_addAway, m_editAway);
    setTabOrder(m_editAway, m_removeAway);

    connect(m_addAway, &QPushButton::clicked, this, &TrainerForm::addUnavailability);
    connect(m_editAway, &QPushButton::clicked, this, &TrainerForm::editUnavailability);
    connect(m_removeAway, &QPushButton::clicked, this, &TrainerForm::removeUnavailability);
    connect(m_awayList, &QListWidget::itemActivated, this, &TrainerForm::editUnavailability);
    connect(m_awayList, &QListWidget::currentRowChanged, this, &TrainerForm::updateUnavailableButtons);
    reloadUnavailability();
}

void TrainerForm::setDocument(Document* document)
{
    disconnect(m_awayWatch);
    if (document) {
        // An undo or redo of a period changes no trainer: the list follows the notifier.
        m_awayWatch = connect(document->notifier(), &ChangeNotifier::saved, this,
                              [this](EntityKind kind, const QString& ref) {
                                  if (kind == EntityKind::TrainerUnavailability && ref == m_awayRef)
                                      reloadUnavailability();
                              });
    }
    RecordFormT::setDocument(document);
}

void TrainerForm::reloadUnavailability()
{
    const int row = m_awayList->currentRow();
    m_away.clear();
    if (m_document && !m_awayRef.isEmpty()) {
        auto rows = m_document->edits().unavailabilityOf(m_awayRef);
        if (rows)
            m_away = *rows;
        else
            m_document->reportFailure(rows.error());
    }
    m_awayList->clear();
    for (const TrainerUnavailability& u : std::as_const(m_away))
        m_awayList->addItem(UnavailabilityText::describe(u));
    if (!m_away.isEmpty())
        m_awayList->setCurrentRow(qBound(0, row, int(m_away.size()) - 1));
    // As tall as its lines (up to six, then it scrolls): no empty box under two periods.
    const int lines = qBound(1, int(m_away.size()), 6);
    const int rowHeight = m_away.isEmpty() ? m_awayList->fontMetrics().height() : m_awayList->sizeHintForRow(0);
    m_awayList->setFixedHeight(lines * rowHeight + 2 * m_awayList->frameWidth());
    m_awayList->setVisible(!m_away.isEmpty());
    m_awayEmpty->setVisible(m_away.isEmpty());
    m_awayEmpty->setText(m_awayRef.isEmpty() && m_isNew
                             ? tr("Save the new trainer first, then add the times they cannot teach.")
                             : tr("Available every day: no time recorded when this trainer cannot teach."));
    updateUnavailableButtons();
}

void TrainerForm::updateUnavailableButtons()
{
    const bool canEdit = isWritable() && !m_awayRef.isEmpty();
    const bool selected = m_awayList->currentRow() >= 0 && m_awayList->currentRow() < m_away.size();
    m_addAway->setEnabled(canEdit);
    m_editAway->setEnabled(canEdit && selected);
    m_removeAway->setEnabled(canEdit && selected);
}

void TrainerForm::addUnavailability()
{
    if (m_addAway->isEnabled())
        openUnavailabilityDialog(std::nullopt);
}

void TrainerForm::editUnavailability()
{
    if (!m_editAway->isEnabled())
        return;
    openUnavailabilityDialog(m_away.at(m_awayList->currentRow()));
}

void TrainerForm::openUnavailabilityDialog(const std::optional<TrainerUnavailability>& current)
{
    const QString name = m_original.name;
    const QPointer<Document> document = m_document;
    UnavailabilityDialog dialog(
        m_awayRef, name, current,
        [document, name, current](const TrainerUnavailability& u) -> Result<void> {
            if (!document)
                return fail(ErrorCode::Usage, QStringLiteral("The file was closed."));
            if (current && current->weekday == u.weekday && current->start == u.start && current->end == u.end
                && current->fromDate == u.fromDate && current->toDate == u.toDate)
                return {}; // unchanged: no step to undo
            return document->push(new UnavailabilityCommand(*document, name, current, u));
        },
        this);
    dialog.exec();
}

bool TrainerForm::removeUnavailability()
{
    if (!m_removeAway->isEnabled())
        return false;
    const TrainerUnavailability u = m_away.at(m_awayList->currentRow());
    auto pushed = m_document->push(new UnavailabilityCommand(*m_document, m_original.name, u, std::nullopt));
    if (!pushed) {
        m_document->reportFailure(pushed.error());
        return false;
    }
    return true;
}

void TrainerForm::fill(const Trainer& t)
{
    fields::setText(m_refEdit, t.ref);
    fields::setText(m_name, t.name);
    combo::select(m_kind, std::optional<TrainerKind>(t.kind));
    for (auto it = m_modules.cbegin(); it != m_modules.cend(); ++it)
        it.value()->setChecked(t.modules.contains(it.key()));
    m_maxHours->setValue(t.maxHoursWeek.value_or(0));
    fields::setText(m_email, t.email);
    fields::setText(m_phone, t.phone);
    m_awayRef = m_isNew ? QString() : t.ref;
    reloadUnavailability();
}

Trainer TrainerForm::collect() const
{
    Trainer t = m_original;
    t.ref = m_ref;
    t.name = fields::text(m_name);
    t.kind = combo::selected<TrainerKind>(m_kind).value_or(TrainerKind::Staff);
    t.modules.clear();
    for (auto it = m_modules.cbegin(); it != m_modules.cend(); ++it)
        if (it.value()->isChecked())
            t.modules << it.key();
    t.maxHoursWeek = m_maxHours->value() > 0 ? std::optional<double>(m_maxHours->value()) : std::nullopt;
    t.email = fields::text(m_email);
    t.phone = fields::text(m_phone);
    return t;
}

void TrainerForm::focusFirstField()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

} // namespace parcours::ui
