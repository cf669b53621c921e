#pragma once

#include "core/client/snapshot.h"
#include "core/protocol/runtimecommand.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSlider;
class QSpinBox;
class QTableWidget;
class TrafficShareTracker;

// Sets the weight of one server, or the same weight on several, while showing what share of
// its backend's traffic each server gets now, would get with the weight being dragged, and
// actually got over the last minute, so that a canary's share is obvious before anything is
// sent. It sends nothing: commands() is what to run once accepted.
//
// Several servers: all get the same new weight (or the same percentage of their own initial
// weight), and the table lists the servers of every backend concerned, each share computed
// within its own backend. If any backend concerned balances with static-rr, the whole
// dialog is restricted to the only values HAProxy then accepts: 0 % and 100 % of the
// initial weight.
class WeightDialog : public QDialog
{
    Q_OBJECT
public:
    struct Target
    {
        QString backend;
        QString server;
    };
    enum class Mode {
        Absolute, // 0..256: `weight N`
        Percent, // of each server's initial weight: `weight N%`, which HAProxy truncates
    };
    enum Column {
        BackendColumn,
        ServerColumn,
        StatusColumn,
        WeightColumn,
        ShareNowColumn,
        NewShareColumn,
        ActualShareColumn,
        ColumnCount
    };
    // Cells of the share columns hold their share (0..1, NaN when unknown) in this role.
    static constexpr int ShareRole = Qt::UserRole + 1;

    // The snapshot gives every server's status and weights, and each backend's algorithm.
    WeightDialog(const SnapshotPtr &snapshot, const QList<Target> &targets, QWidget *parent = nullptr);

    // Initial weights (srv_iweight of `show servers state`), keyed by keyOf(): needed for the
    // percent mode, which is offered only when every target's initial weight is known. Without
    // them a static-rr preview takes the user weight as the initial one.
    void setInitialWeights(const QHash<QString, int> &initialWeights);
    // Optional: the "last minute" column. The tracker must outlive the dialog.
    void setTrafficShareTracker(const TrafficShareTracker *tracker);
    // A newer poll: refreshes statuses and shares, keeps what the user chose.
    void setSnapshot(const SnapshotPtr &snapshot);

    static QString keyOf(const QString &backend, const QString &server) { return backend + u'/' + server; }

    Mode mode() const;
    void setMode(Mode mode);
    int value() const; // what the slider says: a weight, or a percentage in Percent mode
    void setValue(int value);
    bool isStaticAlgorithm() const { return m_static; }
    // The weight the server would have once the commands ran; -1 when unknown.
    int newWeight(const Target &target) const;

    // One `set server B/S weight ...` per target; empty when nothing valid to send.
    QList<RuntimeCommand> commands() const;

private:
    const StatRow *findRow(const QString &backend, const QString &server) const;
    const StatRow *findBackendRow(const QString &backend) const;
    bool isTarget(const StatRow &row) const;
    int initialWeight(const Target &target) const;
    void inspectAlgorithms();
    void updateModeAvailability();
    void applyRange();
    void onValueChanged(int value);
    void onModeToggled();
    void refresh();

    SnapshotPtr m_snapshot;
    QList<Target> m_targets;
    QList<QString> m_backends; // the backends concerned, in the order of the targets
    QHash<QString, int> m_initialWeights;
    const TrafficShareTracker *m_tracker = nullptr;
    bool m_static = false;
    bool m_updating = false;

    QLabel *m_algorithmMessage;
    QRadioButton *m_absoluteRadio;
    QRadioButton *m_percentRadio;
    QSlider *m_slider;
    QSpinBox *m_spin;
    QLabel *m_summary;
    QTableWidget *m_table;
    QDialogButtonBox *m_buttons;
};
