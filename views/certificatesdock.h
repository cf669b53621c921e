#pragma once

#include "core/workflows/sslcertreplace.h"
#include "models/certificatesmodel.h"
#include "views/statuscolors.h"

#include <QDockWidget>
#include <QPointer>

#include <optional>

class CertificatesLoader;
class CertReplaceDialog;
class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class SessionManager;

// Every certificate the open instances hold, in one list sorted by expiry: what expires next
// in the fleet, coloured (and said) when under 30 and 7 days or expired. Read when the dock
// is shown, on Refresh (F5), when instances open or reconnect, and every few minutes while
// shown; an instance that cannot answer is named above the list. Replace Certificate… (F2,
// Ctrl+R) on the selected row opens CertReplaceDialog.
class CertificatesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CertificatesDock(SessionManager *sessions, QWidget *parent = nullptr);

    CertificatesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *replaceAction() const { return m_replace; }
    CertReplaceDialog *replaceDialog() const; // the one open, else nullptr

    void refresh();
    void openReplaceDialog();

    // The colour a warning level gets in the list; none when the certificate is fine.
    static std::optional<StatusColors::Tone> toneFor(CertificatesModel::Warning warning);

signals:
    void statusMessage(const QString &text, bool error);

private:
    QWidget *buildToolbar(QWidget *parent);
    void updateErrors();
    void updateReplaceAction();
    void onRowsArrived();
    void followTop();

    QPointer<SessionManager> m_sessions;
    CertificatesModel *m_model;
    CertificatesLoader *m_loader;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_replace = nullptr;
    QPointer<CertReplaceDialog> m_dialog;
    bool m_followTop = true; // until the user picks a row
    bool m_settingCurrent = false;
};
