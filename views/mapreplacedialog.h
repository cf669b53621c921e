#pragma once

#include "core/actions/clusteractionrunner.h"
#include "core/protocol/mapcommands.h"
#include "core/workflows/mapreplace.h"
#include "core/workflows/mapsource.h"
#include "views/runoncedialog.h"

#include <QHash>
#include <QPointer>

class ClusterMapReplace;
class CommandChannel;
class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class RuntimeConnection;

// Replaces the whole contents of one map or ACL atomically (MapReplace): the new contents
// are pasted or loaded from a file in HAProxy's map file format, compared with the live
// contents (added, changed with old → new, removed) and applied with prepare, add @ver in
// batches and commit, so traffic never sees a half-written map. A line that cannot be sent
// is shown with its number and nothing is sent. Before the commit, Stop or Escape cancels
// and leaves the live contents as they are. With setCluster(), the same text can go to
// every member of the instance's cluster at once, with each node's result.
//
//     auto *dialog = new MapReplaceDialog(target, session->connection(), this);
//     dialog->setAttribute(Qt::WA_DeleteOnClose);
//     dialog->setCluster(u"prod"_s, members); // optional
//     dialog->open(); // never exec(): answers keep coming while it is open
class MapReplaceDialog : public RunOnceDialog
{
    Q_OBJECT
public:
    enum DiffColumn { ChangeColumn, KeyColumn, OldColumn, NewColumn };
    enum MemberColumn { NodeColumn, StateColumn, MessageColumn };
    // The diff table lists at most this many rows; the counts always cover everything.
    static constexpr int MaxDiffRows = 2000;

    MapReplaceDialog(
        const MapCommands::Target &target, RuntimeConnection *connection, QWidget *parent = nullptr);

    // Offers "Apply to every member of <cluster>". Members not open come with a null
    // connection: they are reported as not sent.
    void setCluster(const QString &name, const QList<ClusterMember> &members);

    // The text as if pasted (the diff follows after a short pause in typing).
    void setText(const QString &text);
    // Reads a map file into the editor (what Load File… does once a file is chosen).
    bool loadFile(const QString &path);
    void openLoadDialog(); // Load File… (Ctrl+O)

    const MapCommands::Target &target() const { return m_target; }
    const MapSource::Parsed &parsed() const { return m_parsed; }
    const MapDiff &diff() const { return m_diff; }
    bool liveContentsRead() const { return m_liveRead; }
    bool applyToCluster() const;
    MapReplace *replace() const { return m_replace; }
    ClusterMapReplace *clusterReplace() const { return m_cluster; }

    QPlainTextEdit *editor() const { return m_editor; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *problemsLabel() const { return m_problems; }
    QTreeWidget *diffTree() const { return m_diffTree; }
    QCheckBox *clusterCheck() const { return m_clusterCheck; }
    QCheckBox *partialCheck() const { return m_partialCheck; }
    QTreeWidget *memberTree() const { return m_memberTree; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *applyButton() const { return m_applyButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

signals:
    // The replacement on this instance ended (not emitted for a cluster run).
    void replaceFinished(MapReplace::State state, const QString &message);
    // Every member's replacement ended.
    void clusterFinished();

private:
    QGroupBox *createSourceGroup();
    QGroupBox *createDiffGroup();
    QGroupBox *createClusterGroup();
    void createProgress();
    QDialogButtonBox *createButtons();

    void readLive();
    void updateDiff(); // parses the text and compares it with the live contents
    void fillDiffTree();
    void updateApply();
    void updateMembers();

    bool canRun() const override;
    bool isRunning() const override;
    void cancelRun() override;
    void run() override;
    void runHere();
    void runOnCluster();
    void showMember(int index);
    void finishRun(const QString &text, bool ok);
    QString clusterSummary() const;
    static QString stateText(MapReplace::State state);
    static QString resultText(MapReplace::State state, const QString &message);

    MapCommands::Target m_target;
    QPointer<RuntimeConnection> m_connection;
    CommandChannel *m_channel = nullptr;
    MapReplace *m_replace = nullptr;
    ClusterMapReplace *m_cluster = nullptr;
    QString m_clusterName;
    QList<ClusterMember> m_members;

    bool m_liveRead = false;
    bool m_liveReading = false;
    QString m_liveError;
    QList<PatternEntry> m_live;
    QHash<QString, QString> m_liveValues; // key -> first value
    MapSource::Parsed m_parsed;
    MapDiff m_diff;

    QTimer *m_typingTimer = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_loadButton = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_problems = nullptr;
    QTreeWidget *m_diffTree = nullptr;
    QGroupBox *m_clusterGroup = nullptr;
    QCheckBox *m_clusterCheck = nullptr;
    QCheckBox *m_partialCheck = nullptr; // run on the connected members when others are not
    QTreeWidget *m_memberTree = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
