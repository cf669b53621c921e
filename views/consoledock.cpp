#include "views/consoledock.h"

#include "core/client/consolebatch.h"
#include "core/client/runtimeconnection.h"
#include "core/protocol/commandbuilder.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStringListModel>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace {

constexpr int MaxOutputBlocks = 20000;

} // namespace

ConsoleDock::ConsoleDock(QWidget *parent)
    : QDockWidget(tr("Console"), parent)
{
    setObjectName(QStringLiteral("consoleDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_output = new QPlainTextEdit(content);
    m_output->setObjectName(QStringLiteral("consoleOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(mono);
    m_output->setMaximumBlockCount(MaxOutputBlocks);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_output, 1);

    m_preview = new QLabel(content);
    m_preview->setObjectName(QStringLiteral("consolePreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setFont(mono);
    layout->addWidget(m_preview);

    auto *row = new QHBoxLayout;
    m_levelLabel = new QLabel(content);
    m_levelLabel->setObjectName(QStringLiteral("consoleLevel"));
    row->addWidget(m_levelLabel);
    m_input = new QLineEdit(content);
    m_input->setObjectName(QStringLiteral("consoleInput"));
    m_input->setFont(mono);
    m_input->setPlaceholderText(tr("Command (Tab completes, Up/Down history, Ctrl+R search)"));
    // The line limit is checked by CommandBuilder with a clear message; the widget's own cap
    // would cut a pasted line silently instead.
    m_input->setMaxLength(1 << 20);
    m_input->installEventFilter(this);
    m_input->setAccessibleName(tr("Console command"));
    row->addWidget(m_input, 1);
    m_sendButton = new QPushButton(tr("Sen&d"), content);
    m_sendButton->setObjectName(QStringLiteral("consoleSend"));
    row->addWidget(m_sendButton);
    m_clearButton = new QPushButton(tr("C&lear"), content);
    m_clearButton->setObjectName(QStringLiteral("consoleClear"));
    m_clearButton->setToolTip(tr("Clear the output (Ctrl+Shift+K)"));
    row->addWidget(m_clearButton);
    layout->addLayout(row);
    setWidget(content);
    setFocusProxy(m_input);
    setTabOrder(m_input, m_sendButton);
    setTabOrder(m_sendButton, m_clearButton);
    setTabOrder(m_clearButton, m_output);

    createCompleter();
    connectInput();

    QString error;
    if (!m_session.loadHistory(&error))
        appendOutput(tr("# %1").arg(error));
    updatePreview();
}

ConsoleDock::~ConsoleDock() = default;

void ConsoleDock::createCompleter()
{
    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setWidget(m_input);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseSensitive);
    connect(
        m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
            m_settingText = true;
            m_input->setText(text);
            m_settingText = false;
            updatePreview();
        });
}

void ConsoleDock::connectInput()
{
    auto *clear = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this);
    clear->setContext(Qt::WidgetWithChildrenShortcut);
    clear->setWhatsThis(tr("Clear the output"));
    connect(clear, &QShortcut::activated, this, &ConsoleDock::clearOutput);
    connect(m_clearButton, &QPushButton::clicked, this, &ConsoleDock::clearOutput);
    connect(m_sendButton, &QPushButton::clicked, this, &ConsoleDock::submit);
    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleDock::submit);
    connect(m_input, &QLineEdit::textEdited, this, [this] {
        if (!m_settingText) {
            m_searchText.clear();
            m_searchFrom = -1;
            m_session.resetHistoryNavigation();
        }
    });
    connect(m_input, &QLineEdit::textChanged, this, &ConsoleDock::updatePreview);
}

void ConsoleDock::setConnection(RuntimeConnection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (connection) {
        connect(connection, &RuntimeConnection::ready, this, &ConsoleDock::requestHelp);
        connect(connection, &RuntimeConnection::levelChanged, this, &ConsoleDock::updatePreview);
        connect(connection, &RuntimeConnection::versionChanged, this,
            [this](const HaproxyVersion &version) { m_session.setHaproxyVersion(version); });
        m_session.setHaproxyVersion(connection->version());
        if (connection->isReady())
            requestHelp();
    }
    updatePreview();
}

void ConsoleDock::setSnapshot(const SnapshotPtr &snapshot)
{
    // Reading every name of 10,000 servers each second is for a console someone can type in.
    m_pendingSnapshot = snapshot;
    if (isVisible())
        applyPendingSnapshot();
}

void ConsoleDock::applyPendingSnapshot()
{
    if (const SnapshotPtr snapshot = std::exchange(m_pendingSnapshot, nullptr))
        m_session.setSnapshot(snapshot);
}

ConsoleSession &ConsoleDock::session()
{
    applyPendingSnapshot();
    return m_session;
}

void ConsoleDock::showEvent(QShowEvent *event)
{
    applyPendingSnapshot();
    QDockWidget::showEvent(event);
}

void ConsoleDock::requestHelp()
{
    if (!m_connection)
        return;
    // Internal: asked for completion, not by the person, so it stays out of the audit log.
    RuntimeCommand help = CommandBuilder::raw(QStringLiteral("help")).value();
    help.setInternal(true);
    m_connection->send(help, this, [this](const RuntimeReply &reply) {
        // `help` is a list whatever its classification; an unreadable one keeps the
        // built-in list.
        if (!m_session.setHelpAnswer(reply.body))
            appendOutput(tr("# The instance's help could not be read; completing from hadesk's own list"));
    });
}

void ConsoleDock::updatePreview()
{
    const AccessLevel level = m_connection ? m_connection->level() : AccessLevel::Unknown;
    m_levelLabel->setText(m_session.inPayload() ? tr("payload") : accessLevelName(level));
    m_preview->setText(m_session.preview(m_input->text(), level));
}

void ConsoleDock::appendOutput(const QString &text)
{
    m_output->appendPlainText(text);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

void ConsoleDock::clearOutput()
{
    m_output->clear();
}

void ConsoleDock::saveHistory()
{
    QString error;
    if (!m_session.saveHistory(&error))
        appendOutput(tr("# %1").arg(error));
}

void ConsoleDock::submit()
{
    const QString line = m_input->text();
    const bool wasPayload = m_session.inPayload();
    const ConsoleSubmission submission = m_session.submit(line);
    switch (submission.kind) {
    case ConsoleSubmission::Kind::Empty:
        return;
    case ConsoleSubmission::Kind::Refused:
        // The line stays in the input to be corrected; nothing was sent.
        appendOutput(wasPayload ? tr("✗ Payload refused, nothing sent: %1").arg(submission.error)
                                : tr("✗ Refused, nothing sent: %1").arg(submission.error));
        if (wasPayload)
            m_input->clear();
        updatePreview();
        return;
    case ConsoleSubmission::Kind::PayloadStarted:
        m_session.addToHistory(line);
        saveHistory();
        appendOutput(QStringLiteral("> ") + submission.commands.first().text);
        m_input->clear();
        m_input->setPlaceholderText(tr("Payload line (an empty line sends, Escape cancels)"));
        updatePreview();
        return;
    case ConsoleSubmission::Kind::PayloadLine:
        appendOutput(QStringLiteral("+ ") + line);
        m_input->clear();
        updatePreview();
        return;
    case ConsoleSubmission::Kind::Commands:
        break;
    }
    if (!wasPayload) {
        m_session.addToHistory(line);
        saveHistory();
    }
    m_input->clear();
    m_input->setPlaceholderText(tr("Command (Tab completes, Up/Down history, Ctrl+R search)"));
    sendCommands(submission.commands);
    updatePreview();
}

void ConsoleDock::sendCommands(const QList<ConsoleCommand> &commands)
{
    if (!m_connection) {
        appendOutput(tr("✗ Not connected: nothing sent"));
        return;
    }
    auto batch = std::make_shared<ConsoleBatch>(commands, m_connection->level());
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const RuntimeCommand command = commands.at(i).command;
        m_connection->send(command, this, [this, batch, i, command](const RuntimeReply &reply) {
            batch->setReply(i, reply);
            emit commandAnswered(command, reply);
            const QStringList ready = batch->takeReadyText();
            for (const QString &text : ready)
                appendOutput(text);
        });
    }
}

void ConsoleDock::complete()
{
    applyPendingSnapshot();
    if (m_session.inPayload())
        return;
    const QString line = m_input->text();
    const QStringList candidates = m_session.completions(line);
    if (candidates.isEmpty())
        return;
    if (candidates.size() == 1) {
        m_settingText = true;
        // A completed command word is followed by a space, ready for the next one; a
        // backend prefix ("be/") is not.
        const QString &only = candidates.first();
        m_input->setText(only.endsWith(u'/') ? only : only + u' ');
        m_settingText = false;
        updatePreview();
        return;
    }
    m_completions->setStringList(candidates);
    m_completer->setCompletionPrefix(line);
    m_completer->complete();
}

void ConsoleDock::searchHistory()
{
    if (m_searchText.isEmpty()) {
        m_searchText = m_input->text();
        m_searchFrom = -1;
    }
    int found = -1;
    const QString entry = m_session.searchHistory(m_searchText, m_searchFrom, &found);
    if (found < 0) {
        m_preview->setText(tr("History search: no older entry contains '%1'").arg(m_searchText));
        return;
    }
    m_searchFrom = found;
    m_settingText = true;
    m_input->setText(entry);
    m_settingText = false;
    m_preview->setText(tr("History search for '%1' (Ctrl+R: older)").arg(m_searchText));
}

bool ConsoleDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_input || event->type() != QEvent::KeyPress)
        return QDockWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (m_completer->popup() && m_completer->popup()->isVisible()) {
        // Tab again with the candidates shown: complete what was typed since.
        if (key->key() != Qt::Key_Tab)
            return QDockWidget::eventFilter(watched, event);
        m_completer->popup()->hide();
    }
    const auto set = [this](const QString &text) {
        m_settingText = true;
        m_input->setText(text);
        m_settingText = false;
        updatePreview();
    };
    if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
        complete();
        return true;
    }
    if (key->key() == Qt::Key_Up && !m_session.inPayload()) {
        set(m_session.historyPrevious(m_input->text()));
        return true;
    }
    if (key->key() == Qt::Key_Down && !m_session.inPayload()) {
        set(m_session.historyNext());
        return true;
    }
    if (key->key() == Qt::Key_R && key->modifiers() == Qt::ControlModifier && !m_session.inPayload()) {
        searchHistory();
        return true;
    }
    if (key->key() == Qt::Key_Escape && m_session.inPayload()) {
        m_session.cancelPayload();
        appendOutput(tr("# Payload cancelled, nothing sent"));
        m_input->clear();
        m_input->setPlaceholderText(tr("Command (Tab completes, Up/Down history, Ctrl+R search)"));
        updatePreview();
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}
