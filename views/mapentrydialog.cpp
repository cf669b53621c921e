#include "views/mapentrydialog.h"

#include "views/messagelabel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Kind = MapCommands::Kind;

MapEntryDialog::MapEntryDialog(Mode mode, const MapCommands::Target &target, const QString &key,
    const QString &value, const QString &ref, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_target(target)
    , m_ref(ref)
{
    const bool map = target.kind == Kind::Map;
    if (mode == Mode::Set)
        setWindowTitle(tr("Set Value in %1").arg(target.reference));
    else
        setWindowTitle(map ? tr("Add Entry to %1").arg(target.reference)
                           : tr("Add Pattern to %1").arg(target.reference));
    createFields();
    m_keyEdit->setText(key);
    m_valueEdit->setText(value);

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    m_message = ::messageLabel(QStringLiteral("entryMessage"), this);
    layout->addWidget(m_message);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("entryPreview"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Set ? tr("&Preview Set…") : tr("&Preview Add…"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keyEdit, &QLineEdit::textChanged, this, &MapEntryDialog::validate);
    connect(m_valueEdit, &QLineEdit::textChanged, this, &MapEntryDialog::validate);
    validate();
    (mode == Mode::Set ? m_valueEdit : m_keyEdit)->setFocus();
    resize(560, sizeHint().height());
}

void MapEntryDialog::createFields()
{
    const bool map = m_target.kind == Kind::Map;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setReadOnly(m_mode == Mode::Set);
    m_keyEdit->setAccessibleName(map ? tr("Key") : tr("Pattern"));
    form->addRow(map ? tr("&Key:") : tr("&Pattern:"), m_keyEdit);
    m_valueEdit = new QLineEdit(this);
    m_valueEdit->setObjectName(QStringLiteral("valueEdit"));
    m_valueEdit->setAccessibleName(tr("Value"));
    if (map)
        form->addRow(tr("&Value:"), m_valueEdit);
    else
        m_valueEdit->hide();
    layout->addLayout(form);
}

QString MapEntryDialog::key() const
{
    return m_keyEdit->text();
}

QString MapEntryDialog::value() const
{
    return m_target.kind == Kind::Map ? m_valueEdit->text() : QString();
}

Result<RuntimeCommand> MapEntryDialog::command() const
{
    if (m_mode == Mode::Set)
        return MapCommands::setByRef(m_target, m_ref, value());
    const MapCommands::Entry entry { key(), value() };
    // A value with spaces: the one-line form would keep its first word; the payload form keeps it.
    if (m_target.kind == Kind::Map && entry.value.contains(u' '))
        return MapCommands::addMany(m_target, { entry });
    return MapCommands::add(m_target, entry);
}

void MapEntryDialog::validate()
{
    const Result<RuntimeCommand> built = command();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(built.ok());
    if (!built) {
        showMessage(m_message, tr("Nothing can be sent: %1").arg(built.error()));
        m_preview->clear();
        return;
    }
    showMessage(m_message, {});
    QString text = tr("Will send:") + u'\n' + built->text();
    if (built->hasPayload())
        text += u'\n' + QString::fromUtf8(built->payload()) + u'\n' + tr("(then an empty line)");
    m_preview->setText(text);
}
