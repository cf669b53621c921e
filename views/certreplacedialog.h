#pragma once

#include "core/parsers/sslcertparser.h"
#include "core/protocol/pembundle.h"
#include "core/workflows/sslcertreplace.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class CommandChannel;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class RuntimeConnection;

// Replaces one certificate HAProxy holds: the user picks the PEM file(s) (one with the
// certificate, key and chain, or a certificate file and a key file), the bundle is checked
// locally (PemBundle) and shown next to the certificate served now; a refusal is said in
// words and Replace stays disabled. Replace runs SslCertReplace (set, commit; abort on a
// refusal or Cancel) and says how it ended. Opened with open(), never exec().
class CertReplaceDialog : public QDialog
{
    Q_OBJECT
public:
    // current: what `show ssl cert <name>` said; instanceName for the title.
    CertReplaceDialog(RuntimeConnection *connection, const QString &instanceName, const SslCertInfo &current,
        QWidget *parent = nullptr);

    // The files to read, as if picked (the line edit holds them separated by ';').
    void setFiles(const QStringList &paths);
    QStringList files() const;
    bool canReplace() const;
    SslCertReplace::State state() const { return m_replace->state(); }

signals:
    // After the replace finished, whatever the outcome (the list should be read again).
    void replaceFinished(SslCertReplace::State state, const QString &message);

protected:
    void reject() override;

private:
    QWidget *buildFilesRow();
    QWidget *buildComparison();
    void browse();
    void check();
    void showNew(const CertificateSummary *summary);
    void updateButtons();
    void startReplace();
    void onFinished(SslCertReplace::State state, const QString &message);

    QPointer<RuntimeConnection> m_connection;
    SslCertInfo m_current;
    std::optional<PemBundle> m_bundle;
    CommandChannel *m_channel;
    SslCertReplace *m_replace;
    QLineEdit *m_files = nullptr;
    QPushButton *m_browse = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_newLabels; // one per compared line
    QLabel *m_check = nullptr;
    QLabel *m_levelNote = nullptr;
    QLabel *m_commands = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_replaceButton = nullptr;
};
