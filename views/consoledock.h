#pragma once

#include "core/client/consolesession.h"
#include "core/client/runtimeconnection.h"
#include "core/client/snapshot.h"

#include <QDockWidget>
#include <QPointer>

class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;

// A command line to the connected instance: what is typed is shown split into the commands
// HAProxy will run, checked (and refused with a reason) before anything is sent, sent in
// order, and each answer is shown under its command in a monospace log. Tab completes
// command words and backend/server names, Up/Down recall the history (kept across runs),
// Ctrl+R searches it, a line ending in "<<" starts a payload ended by an empty line
// (Escape cancels it), and Ctrl+Shift+K clears the output. Commands go through the
// connection, so the AuditLog attached to it records every one of them, reads included.
class ConsoleDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ConsoleDock(QWidget *parent = nullptr);
    ~ConsoleDock() override;

    // Not owned; nullptr detaches. Asks the instance for `help` (once ready) for completion.
    void setConnection(RuntimeConnection *connection);
    RuntimeConnection *connection() const { return m_connection; }
    // The latest poll: backend and server names for completion, read once the dock is
    // shown (a hidden console costs nothing per refresh).
    void setSnapshot(const SnapshotPtr &snapshot);

    ConsoleSession &session();
    QLineEdit *input() const { return m_input; }
    QPlainTextEdit *output() const { return m_output; }
    QLabel *previewLabel() const { return m_preview; }

    // Handles the input line as Return does (for tests and scripting).
    void submit();
    void clearOutput();
    // Tab: completes the word at the end of the input, or offers the candidates.
    void complete();

signals:
    // Every command sent from the console, once answered (for views that refresh).
    void commandAnswered(const RuntimeCommand &command, const RuntimeReply &reply);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyPendingSnapshot();
    void createCompleter();
    void connectInput(); // buttons, shortcut and the input line's signals
    void requestHelp();
    void updatePreview();
    void sendCommands(const QList<ConsoleCommand> &commands);
    void appendOutput(const QString &text);
    void searchHistory();
    void saveHistory();

    ConsoleSession m_session;
    SnapshotPtr m_pendingSnapshot; // set while hidden, read when shown
    QPointer<RuntimeConnection> m_connection;
    QPlainTextEdit *m_output = nullptr;
    QLineEdit *m_input = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_levelLabel = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_completions = nullptr;
    QString m_searchText; // Ctrl+R: what is searched for
    int m_searchFrom = -1; // Ctrl+R: the next search looks before this history index
    bool m_settingText = false; // the console changes the input itself (history, search)
};
