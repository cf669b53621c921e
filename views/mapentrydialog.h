#pragma once

#include "core/protocol/mapcommands.h"
#include "core/protocol/runtimecommand.h"
#include "core/result.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for one entry of a map or ACL to add (key and value; an ACL's pattern), or for the new
// value of an existing map entry. Every keystroke builds the command with MapCommands: a
// refusal is shown under the fields with OK disabled, else the exact bytes that will be sent.
// Open it with open(); command() is what to run once it is accepted.
class MapEntryDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Set };

    // For Set, `ref` is the entry's reference ("0x..."), and the key is shown, not edited.
    MapEntryDialog(Mode mode, const MapCommands::Target &target, const QString &key, const QString &value,
        const QString &ref = {}, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    const MapCommands::Target &target() const { return m_target; }
    QString key() const;
    QString value() const;
    // The command for what is typed now, or why there is none.
    Result<RuntimeCommand> command() const;

    QLineEdit *keyEdit() const { return m_keyEdit; }
    QLineEdit *valueEdit() const { return m_valueEdit; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *previewLabel() const { return m_preview; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void createFields();
    void validate();

    Mode m_mode;
    MapCommands::Target m_target;
    QString m_ref;
    QLineEdit *m_keyEdit = nullptr;
    QLineEdit *m_valueEdit = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
