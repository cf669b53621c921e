#pragma once

#include "core/client/snapshot.h"
#include "core/workflows/rollingreplace.h"

#include <QPointer>
#include <QStringList>
#include <QWizard>
#include <QWizardPage>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class RuntimeConnection;
class RollingBackendPage;
class RollingNewServersPage;
class RollingReviewPage;
class RollingRunPage;

// Replaces servers of one backend step by step (RollingReplace): pick the backend and the old
// servers, give the new addresses (pairs, or N new for M old), review the exact commands and
// timeouts, then run with per-step progress, pause, abort and roll back. Nothing is sent
// before the Start button on the review page.
class RollingReplaceWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { BackendPageId, NewServersPageId, ReviewPageId, RunPageId };

    // The snapshot gives the backends, their algorithms and their servers (names, weights).
    RollingReplaceWizard(RuntimeConnection *connection, const SnapshotPtr &snapshot,
        const QString &backend = {}, const QStringList &servers = {}, QWidget *parent = nullptr);

    // The plan as entered so far (steps ordered by RollingReplacePlan::arrange()).
    RollingReplacePlan plan() const;
    // The problems that keep the new-servers page from going on (empty: none).
    QStringList problems() const;
    // The running (or finished) replace; null before Start.
    RollingReplace *operation() const { return m_operation; }

    // Test and screenshot hooks on the pages' widgets.
    QString selectedBackend() const;
    QStringList selectedServers() const;

public slots:
    void reject() override; // while running: asks, then aborts before closing

private:
    friend class RollingBackendPage;
    friend class RollingNewServersPage;
    friend class RollingReviewPage;
    friend class RollingRunPage;

    // A question opened with open(), window-modal on parent, named for tests; answered runs
    // with true for Yes once the user chose (never inside the caller).
    static QMessageBox *ask(QWidget *parent, const QString &name, const QString &title, const QString &text,
        std::function<void(bool yes)> answered);

    const StatRow *backendRow(const QString &backend) const;
    QList<const StatRow *> serversOf(const QString &backend) const;

    RuntimeConnection *m_connection;
    SnapshotPtr m_snapshot;
    QPointer<RollingReplace> m_operation;
    bool m_closeWhenStopped = false;

    RollingBackendPage *m_backendPage;
    RollingNewServersPage *m_newServersPage;
    RollingReviewPage *m_reviewPage;
    RollingRunPage *m_runPage;
};

// Page 1: the backend and the old servers to replace.
class RollingBackendPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RollingBackendPage(RollingReplaceWizard *wizard);
    bool isComplete() const override;
    QString backend() const;
    QStringList oldServers() const; // checked, in list order
    void preselect(const QString &backend, const QStringList &servers);

private:
    void fillServers();

    RollingReplaceWizard *m_wizard;
    QComboBox *m_backendCombo;
    QLabel *m_backendMessage;
    QListWidget *m_serverList;
};

// Page 2: the new servers (name, address, port, weight), one table row each.
class RollingNewServersPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RollingNewServersPage(RollingReplaceWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    QList<RollingReplacePlan::Pair> newServers() const; // the new side, in table order
    QStringList problems() const { return m_problems; }
    void validate();

private:
    void setRowCount(int rows);
    void generateNames();
    QString cell(int row, int column) const;

    RollingReplaceWizard *m_wizard;
    QSpinBox *m_countSpin;
    QLineEdit *m_patternEdit;
    QPushButton *m_generateButton;
    QTableWidget *m_table;
    QLabel *m_orderLabel;
    QLabel *m_message;
    QStringList m_problems;
    QString m_initializedFor; // backend + old servers the table was filled for
};

// Page 3: timeouts and the exact command lines per step (copyable); its Next is Start.
class RollingReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RollingReviewPage(RollingReplaceWizard *wizard);
    void initializePage() override;
    RollingReplacePlan::Options options() const;
    QString commandText() const;

private:
    void updateText();

    RollingReplaceWizard *m_wizard;
    QSpinBox *m_upTimeoutSpin;
    QSpinBox *m_idleTimeoutSpin;
    QCheckBox *m_shutdownCheck;
    QSpinBox *m_checkInterSpin;
    QPlainTextEdit *m_commands;
    QPushButton *m_copyButton;
    QLabel *m_warning;
};
