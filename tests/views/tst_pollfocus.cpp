// PollFocus against a real haproxy with 80 backends of 10 servers, shown in a real InstanceView:
// the poller's focus is the proxies of the rows on screen (not all 80), follows a scroll and a
// backend selection, says when every server is listed, and the rows on screen are fresh in the
// snapshots while the others are carried over. The poller left behind keeps an empty focus.

#include "core/client/poller.h"
#include "models/connectionprofile.h"
#include "models/instancesession.h"
#include "models/statfilterproxymodel.h"
#include "models/stattablemodel.h"
#include "tests/support/haproxyfixture.h"
#include "views/instanceview.h"
#include "views/pollfocus.h"
#include "views/stattableview.h"

#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Backends = 80;

QString largeBody()
{
    QString body = u"frontend fe\n    bind 127.0.0.1:${PORT:fe}\n    default_backend be_00\n"_s;
    for (int b = 0; b < Backends; ++b) {
        body += u"\nbackend be_%1\n"_s.arg(b, 2, 10, QLatin1Char('0'));
        for (int s = 0; s < 10; ++s)
            body += u"    server s%1 127.0.0.1:1\n"_s.arg(s);
    }
    return body;
}

std::unique_ptr<InstanceSession> openSession(const QString &socket)
{
    ConnectionProfile profile;
    profile.name = u"focus test"_s;
    profile.endpoint = socket;
    auto session = std::make_unique<InstanceSession>(profile, Endpoint::parse(socket).value(), 200, nullptr);
    session->open();
    return session;
}

int rowOf(const QAbstractItemModel *model, const QString &proxy)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(StatTableModel::ProxyNameRole).toString() == proxy)
            return row;
    }
    return -1;
}

// Every row of the focused proxies is fresh in the snapshot.
bool focusedRowsFresh(const Snapshot &snapshot, const QStringList &focus)
{
    for (qsizetype i = 0; i < snapshot.stat.rows.size(); ++i) {
        if (focus.contains(QString::fromUtf8(snapshot.stat.rows.at(i).pxname)) && !snapshot.isFresh(i))
            return false;
    }
    return true;
}

} // namespace

class TestPollFocus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = largeBody();
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
    }

    void cleanupTestCase() { m_haproxy.reset(); }

    void focusFollowsTheScreen()
    {
        auto session = openSession(m_haproxy->adminSocket());
        InstanceView view;
        view.resize(900, 500);
        view.setModel(session->model());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.backendsProxy()->rowCount() == Backends, 10000);
        Poller *poller = session->poller();
        PollFocus focus(&view);
        focus.setPoller(poller);

        // All servers listed: a few backends on screen, and every row matters.
        QVERIFY(poller->hasFocus());
        QVERIFY(poller->allRowsMatter());
        const QStringList first = poller->focus() + poller->focusBackendRowsOnly();
        QVERIFY2(first.size() > 1 && first.size() < Backends / 2, qPrintable(first.join(u' ')));
        QVERIFY(
            first.contains(view.backendsProxy()->index(0, 0).data(StatTableModel::ProxyNameRole).toString()));
        QCOMPARE(focus.proxies(), poller->focus());
        SnapshotPtr snapshot;
        QTRY_VERIFY_WITH_TIMEOUT((snapshot = poller->lastSnapshot()) && !snapshot->staleRows.isEmpty()
                && focusedRowsFresh(*snapshot, poller->focus()),
            10000);

        // A backend selected at the bottom of the side list: its rows come on screen.
        const int last = view.backendsProxy()->rowCount() - 1;
        const QString lastName =
            view.backendsProxy()->index(last, 0).data(StatTableModel::ProxyNameRole).toString();
        QVERIFY(!first.contains(lastName));
        view.backendsView()->scrollToBottom();
        view.backendsView()->selectionModel()->select(view.backendsProxy()->index(last, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY_WITH_TIMEOUT(poller->focus().contains(lastName) && !poller->allRowsMatter(), 5000);
        QCOMPARE(poller->focus(), QStringList({ lastName })); // the servers tab shows its servers alone
        // The side list's backends: their own rows.
        QVERIFY(poller->focusBackendRowsOnly().size() > 1);
        QVERIFY(poller->focusBackendRowsOnly().size() < Backends / 2);
        QTRY_VERIFY_WITH_TIMEOUT((snapshot = poller->lastSnapshot()) && !snapshot->staleRows.isEmpty()
                && rowOf(view.serversProxy(), lastName) >= 0 && focusedRowsFresh(*snapshot, poller->focus()),
            10000);
        QCOMPARE(view.serversProxy()->rowCount(), 10);

        // Another instance shown: nothing of this one is on screen any more.
        focus.setPoller(nullptr);
        QVERIFY(poller->hasFocus());
        QVERIFY(poller->focus().isEmpty());
    }

private:
    std::unique_ptr<HaproxyFixture> m_haproxy;
};

QTEST_MAIN(TestPollFocus)
#include "tst_pollfocus.moc"
