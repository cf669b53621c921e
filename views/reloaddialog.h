#pragma once

#include "core/workflows/reloadloss.h"
#include "core/workflows/reloadsnapshot.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

// The confirmation before a reload: what the reload would lose (servers added at runtime,
// weights, states, addresses and ports, map and ACL entries), grouped, with the exports that
// keep them (a server-state file, `server` lines) and the choice to put them back after the
// reload through a previewed plan. It reads no socket: it is given a ReloadSnapshot, and only
// reads the configuration file the user names (the one the drift dialog is given).
class ReloadDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, ReloadGivesColumn, RunsNowColumn, TextColumn, ColumnCount };

    ReloadDialog(const ReloadSnapshot &snapshot, const QString &instanceName, QWidget *parent = nullptr);
    ~ReloadDialog() override;

    // The configuration file the instance runs (needed on HAProxy 3.0+ to tell servers added
    // at runtime); the loss is computed again from the snapshot.
    void setConfigurationFile(const QString &path);
    QString configurationFile() const;

    // The snapshot with the configuration file last chosen: what ReapplyPlan::build() needs
    // as `before` once the reload is done.
    const ReloadSnapshot &snapshot() const { return m_snapshot; }
    const ReloadLoss &loss() const { return m_loss; }
    bool reapplyChecked() const;

    // The exports without a file dialog (tests, scripting). False with *error in words.
    bool exportServerState(const QString &path, QString *error = nullptr) const;
    bool exportServerLines(const QString &path, QString *error = nullptr) const;

signals:
    // The user confirmed the reload; reapply: put the lost changes back after it (the plan is
    // previewed and confirmed first). The dialog closes itself.
    void reloadRequested(bool reapply);

private:
    void buildConfigurationRow(QVBoxLayout *layout);
    void buildExports(QVBoxLayout *layout);
    void buildButtons(QVBoxLayout *layout);
    void showLoss();
    void exportWithDialog(bool stateFile);

    ReloadSnapshot m_snapshot;
    ReloadLoss m_loss;
    QLineEdit *m_configEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_reapply = nullptr;
    QPushButton *m_exportStateButton = nullptr;
    QPushButton *m_exportLinesButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
