#pragma once

#include "core/protocol/runtimereply.h"

#include <QDockWidget>
#include <QPointer>
#include <QStringList>

class ErrorsModel;
class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTextEdit;
class RuntimeConnection;

// The invalid requests and responses HAProxy captured (`show errors`), per proxy and
// direction (both sent to HAProxy), read on Refresh (F5) and when shown. The selected
// event's bytes are shown as text in a monospace pane, control bytes written out (\r, \n,
// \x01), with the byte HAProxy refused marked in colour, in bold and in words.
class ErrorsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ErrorsDock(QWidget *parent = nullptr);

    void setConnection(RuntimeConnection *connection);
    void refresh();
    // "" for every proxy.
    void setProxy(const QString &proxy);
    // 0 both, 1 request, 2 response.
    void setDirection(int direction);
    void selectRow(int row);

    ErrorsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTextEdit *bytesView() const { return m_bytes; }
    QLabel *markLabel() const { return m_markLabel; }
    QLabel *statusLabel() const { return m_status; }
    QComboBox *proxyCombo() const { return m_proxy; }
    QComboBox *directionCombo() const { return m_direction; }
    QAction *refreshAction() const { return m_refreshAction; }
    int answersRead() const { return m_answers; }

signals:
    void statusMessage(const QString &text, bool error);

private:
    QWidget *createControls();
    QWidget *createDetails();
    void onErrors(const RuntimeReply &reply, bool allProxies);
    void showDetails(int sourceRow);
    void setStatus(const QString &text, bool error);

    QPointer<RuntimeConnection> m_connection;
    ErrorsModel *m_model = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_view = nullptr;
    QTextEdit *m_bytes = nullptr;
    QLabel *m_markLabel = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_proxy = nullptr;
    QComboBox *m_direction = nullptr;
    QAction *m_refreshAction = nullptr;
    QStringList m_proxiesSeen;
    int m_generation = 0;
    int m_answers = 0;
};
