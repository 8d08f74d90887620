// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordForm.h"

#include "ProblemText.h"
#include "ui/Document.h"
#include "ui/widgets/DateField.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {
QString withoutAccelerator(QString label)
{
    label.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return label;
}
} // namespace

RecordForm::RecordForm(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_fields(nullptr), m_form(new QFormLayout),
      m_warning(new QLabel(this)), m_newButton(new QPushButton(this)),
      m_saveButton(new QPushButton(this)), m_deleteButton(new QPushButton(this)),
      m_newAction(new QAction(QIcon(QStringLiteral(":/icons/new-file.svg")), tr("&New"), this)),
      m_saveAction(new QAction(tr("&Save"), this)), m_deleteAction(new QAction(tr("&Delete"), this))
{
    m_heading->setObjectName(QStringLiteral("formHeading"));
    m_heading->setWordWrap(true);
    setHeading(QString());

    m_newAction->setObjectName(QStringLiteral("newRecordAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAction->setObjectName(QStringLiteral("saveRecordAction"));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setObjectName(QStringLiteral("deleteRecordAction"));
    // Delete is bound to the list's key by the page: in a field it must delete characters.
    m_newAction->setToolTip(tr("Start a new record (Ctrl+N)"));
    m_saveAction->setToolTip(tr("Save the changes (Ctrl+S); Edit > Undo takes them back"));
    m_deleteAction->setToolTip(tr("Delete this record (Del in the list); Edit > Undo brings it back"));
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (settle())
            startNew();
    });
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { removeCurrent(); });

    for (auto [button, action] : {std::pair{m_newButton, m_newAction}, std::pair{m_saveButton, m_saveAction},
                                  std::pair{m_deleteButton, m_deleteAction}}) {
        button->setText(action->text());
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    }
    m_saveButton->setDefault(true);

    m_warning->setObjectName(QStringLiteral("formWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060; border-radius: 3px; padding: 6px; }"));
    m_warning->hide();

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* fields = new QWidget;
    fields->setLayout(m_form);
    auto* scroll = new QScrollArea(this);
    m_fields = scroll;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addStretch(0);
    layout->addWidget(m_warning);
    layout->addLayout(buttons);
    addAction(m_newAction);
    addAction(m_saveAction);
    setActionsEnabled(false, false);
    m_newAction->setEnabled(false);
}

void RecordForm::setDocument(Document* document)
{
    m_document = document;
    m_newAction->setEnabled(isWritable());
    showRef(QString());
}

bool RecordForm::isWritable() const
{
    return m_document && !m_document->isReadOnly();
}

void RecordForm::addField(const QString& field, const QString& label, QWidget* editor)
{
    addRow(field, label, editor, false);
}

void RecordForm::addSection(const QString& field, const QString& label, QWidget* editor)
{
    addRow(field, label, editor, true);
}

void RecordForm::addRow(const QString& field, const QString& label, QWidget* editor, bool wide)
{
    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(editor);
    const QString name = withoutAccelerator(label);
    if (auto* date = qobject_cast<DateField*>(editor))
        date->setAccessibleName(name);
    else
        editor->setAccessibleName(name);
    m_labels.insert(field, name);

    auto* problem = new QLabel;
    problem->setObjectName(QStringLiteral("problem_") + field);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    problem->hide();
    m_problemLabels.insert(field, problem);

    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(editor);
    v->addWidget(problem);
    if (wide) {
        labelWidget->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
        m_form->addRow(labelWidget);
        m_form->addRow(box);
    } else {
        m_form->addRow(labelWidget, box);
    }
    m_editors << editor;
    watch(editor);
}

void RecordForm::finishFields()
{
    QList<QWidget*> chain;
    for (QWidget* editor : std::as_const(m_editors)) {
        if (auto* date = qobject_cast<DateField*>(editor))
            chain << date->checkBox() << date->dateEdit();
        else
            chain << editor;
    }
    chain << m_newButton << m_deleteButton << m_saveButton;
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    // Never narrower than the fields: the scroll area scrolls down, not across.
    auto* scroll = static_cast<QScrollArea*>(m_fields);
    const int margins = layout()->contentsMargins().left() + layout()->contentsMargins().right();
    setMinimumWidth(scroll->widget()->minimumSizeHint().width()
                    + scroll->verticalScrollBar()->sizeHint().width() + margins + 4);
}

void RecordForm::watch(QWidget* editor)
{
    if (auto* w = qobject_cast<QLineEdit*>(editor))
        connect(w, &QLineEdit::textChanged, this, &RecordForm::edited);
    else if (auto* w = qobject_cast<QPlainTextEdit*>(editor))
        connect(w, &QPlainTextEdit::textChanged, this, &RecordForm::edited);
    else if (auto* w = qobject_cast<QComboBox*>(editor))
        connect(w, &QComboBox::currentIndexChanged, this, &RecordForm::edited);
    else if (auto* w = qobject_cast<QSpinBox*>(editor))
        connect(w, &QSpinBox::valueChanged, this, &RecordForm::edited);
    else if (auto* w = qobject_cast<QDoubleSpinBox*>(editor))
        connect(w, &QDoubleSpinBox::valueChanged, this, &RecordForm::edited);
    else if (auto* w = qobject_cast<QDateTimeEdit*>(editor))
        connect(w, &QDateTimeEdit::dateTimeChanged, this, &RecordForm::edited);
    else if (auto* w = qobject_cast<DateField*>(editor))
        connect(w, &DateField::changed, this, &RecordForm::edited);
    else if (auto* w = qobject_cast<QCheckBox*>(editor))
        connect(w, &QCheckBox::toggled, this, &RecordForm::edited);
    else
        for (QCheckBox* box : editor->findChildren<QCheckBox*>())
            connect(box, &QCheckBox::toggled, this, &RecordForm::edited);
}

void RecordForm::edited()
{
    if (m_loading)
        return;
    m_dirty = true;
    updateState();
}

void RecordForm::setHeading(const QString& text)
{
    // No record: say how to get one, in the plain grey of a remark.
    m_heading->setText(text.isEmpty() ? tr("Choose a row of the list to see it here, or New to add one.")
                                      : text);
    QFont font = this->font();
    if (!text.isEmpty()) {
        font.setPointSizeF(font.pointSizeF() * 1.15);
        font.setBold(true);
    }
    m_heading->setFont(font);
    m_heading->setEnabled(!text.isEmpty());
}

void RecordForm::showProblems(const QList<Problem>& problems)
{
    m_problems = problems;
    QHash<QString, QStringList> byField;
    for (const Problem& p : problems)
        byField[p.field] << ProblemText::sentence(p, [this](const QString& f) { return labelOf(f); });
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString text = byField.value(it.key()).join(QLatin1Char('\n'));
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    fitProblems();
}

void RecordForm::fitProblems()
{
    // The form layout inside the scroll area gives a wrapped label the height of one line:
    // ask for the height its width needs.
    for (QLabel* label : std::as_const(m_problemLabels))
        if (!label->isHidden())
            label->setMinimumHeight(label->heightForWidth(qMax(label->width(), 120)));
}

void RecordForm::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitProblems();
}

QString RecordForm::problemText(const QString& field) const
{
    const QLabel* label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void RecordForm::setWarning(const QString& text)
{
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

QString RecordForm::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void RecordForm::setActionsEnabled(bool canSave, bool canDelete)
{
    m_saveAction->setEnabled(canSave);
    m_deleteAction->setEnabled(canDelete);
    m_newButton->setEnabled(m_newAction->isEnabled());
    m_saveButton->setEnabled(canSave);
    m_deleteButton->setEnabled(canDelete);
    // No record: only the hint and New, rather than a column of empty, greyed fields.
    const bool hasRecord = m_isNew || !m_ref.isEmpty();
    m_fields->setVisible(hasRecord);
    for (QWidget* editor : std::as_const(m_editors))
        editor->setEnabled(isWritable() && hasRecord);
}

bool RecordForm::confirm(const QString& question, const QString& details, const QString& action)
{
    if (m_confirm)
        return m_confirm(question, details);
    QMessageBox box(QMessageBox::Question, tr("Parcours"), question, QMessageBox::NoButton, this);
    box.setInformativeText(details);
    QPushButton* yes = box.addButton(action, QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

bool RecordForm::settle()
{
    if (!m_dirty && !m_isNew)
        return true;
    if (m_saveAction->isEnabled())
        return save();
    if (!m_dirty) { // a new record nobody typed in: nothing to keep
        m_isNew = false;
        return true;
    }
    QStringList lines;
    for (const Problem& p : std::as_const(m_problems))
        lines << QStringLiteral("%1: %2").arg(labelOf(p.field),
                                              ProblemText::sentence(p, [this](const QString& f) { return labelOf(f); }));
    if (confirm(tr("The changes cannot be saved as they are. Drop them?"), lines.join(QLatin1Char('\n')),
                tr("Drop the changes"))) {
        m_dirty = false;
        m_isNew = false;
        return true;
    }
    return false;
}

} // namespace parcours::ui
