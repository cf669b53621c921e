#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

// A named group of HAProxy instances that serve the same backends: an action taken on the
// cluster applies to every member.
struct ClusterDefinition
{
    QString name;
    QStringList members; // connection profile names, in the order the user chose

    bool operator==(const ClusterDefinition &) const = default;
};

// The saved clusters, persisted as JSON at one path, written atomically and private to the
// user (AtomicFile: 0600; the file is either the old one or the complete new one, never half
// of it) on every change, so a change the user confirmed is never lost and a failed write
// changes nothing in memory.
//
// A file that cannot be read (not JSON, not a list of clusters, written by a newer hadesk)
// is never written over: load() copies it aside (<file>.corrupt) and the store is blocked,
// every change refused, until a later load() reads a file (the user moved it away or mended
// it) or the user chooses startEmpty(), which keeps the copy.
//
//     { "version": 1, "clusters": [ { "name": "prod", "members": ["lb1", "lb2"] } ] }
class ClusterStore : public QObject
{
    Q_OBJECT
public:
    // path: empty uses defaultPath().
    explicit ClusterStore(const QString &path = {}, QObject *parent = nullptr);

    // QStandardPaths::AppDataLocation + "/clusters.json".
    static QString defaultPath();
    QString path() const { return m_path; }

    // Replaces the list with the file's (a missing file is an empty list) and unblocks the
    // store. Fails, keeping the list, when the file cannot be read or is not this format:
    // the file is then copied aside and the store blocked (isBlocked()), the message naming
    // the file and the copy. Entries that do not validate (or repeat a name) are skipped,
    // counted in skippedOnLoad().
    Result<int> load();
    int skippedOnLoad() const { return m_skippedOnLoad; }

    // Blocked: the file could not be read, and add/update/rename/remove refuse (writing
    // would replace the clusters it holds with the list in memory).
    bool isBlocked() const { return m_blocked; }
    QString corruptCopyPath() const { return m_corruptCopyPath; } // empty if none could be made
    // Unblocks with an empty list; the unreadable file is replaced at the next change. Refused
    // when no copy of it could be kept (the user must move it away, then load() again).
    Result<void> startEmpty();

    // What the bytes of a clusters file hold: the definitions that validate (trimmed; of a
    // name seen twice, ignoring case, the first) and how many entries were skipped. Fails with
    // the problem in words ("it is not valid JSON: …") when they are not JSON or not this format. Reads no
    // file (it is fuzzed).
    struct Parsed
    {
        QList<ClusterDefinition> clusters;
        int skipped = 0;
    };
    static Result<Parsed> parse(const QByteArray &bytes);

    // Why a definition cannot be saved as it is (for a dialog's message), empty when it can:
    // a name, at least two members, no member twice, and no other cluster of that name
    // (ignoring case; `replacing` names the cluster being edited, which may keep its name).
    QString validate(const ClusterDefinition &definition, const QString &replacing = {}) const;
    // The rules that do not depend on the other clusters.
    static QString validateDefinition(const ClusterDefinition &definition);

    // Each change validates (names and members trimmed), writes the file, and only then
    // changes the list and emits changed(); on failure nothing changes and the message says why.
    Result<ClusterDefinition> add(const ClusterDefinition &definition);
    // Replaces the cluster named `name` (a rename when definition.name differs).
    Result<ClusterDefinition> update(const QString &name, const ClusterDefinition &definition);
    Result<ClusterDefinition> rename(const QString &name, const QString &newName);
    Result<ClusterDefinition> remove(const QString &name);

    const QList<ClusterDefinition> &clusters() const { return m_clusters; }
    int indexOf(const QString &name) const; // exact name; -1 if absent
    ClusterDefinition cluster(const QString &name) const; // empty definition if absent

signals:
    void changed();

private:
    static ClusterDefinition normalized(const ClusterDefinition &definition);
    QString write(const QList<ClusterDefinition> &clusters) const; // error text, empty on success
    Result<ClusterDefinition> commit(QList<ClusterDefinition> clusters, const ClusterDefinition &result);

    Result<int> refuseToLoad(const QString &problem);

    QString m_path;
    QList<ClusterDefinition> m_clusters;
    int m_skippedOnLoad = 0;
    bool m_blocked = false;
    QString m_corruptCopyPath;
};

Q_DECLARE_METATYPE(ClusterDefinition)
