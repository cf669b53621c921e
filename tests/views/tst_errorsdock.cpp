// The errors dock on the offscreen platform against a real haproxy: an invalid request is
// sent, the dock reads `show errors`, lists it with its proxy, direction and position, and
// shows its bytes as text with exactly the offending byte marked; the proxy and direction
// choices are sent to HAProxy and narrow the list.

#include "core/client/runtimeconnection.h"
#include "models/errorbytestext.h"
#include "models/errorsmodel.h"
#include "tests/support/haproxyfixture.h"
#include "views/errorsdock.h"
#include "views/statuscolors.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Body = uR"(frontend fe
    bind 127.0.0.1:${PORT:fe}
    default_backend be

frontend quiet
    bind 127.0.0.1:${PORT:quiet}
    default_backend be

backend be
    server s1 ${BACKEND:s1}
)"_s;

constexpr int WaitMs = 15000;
const QByteArray Invalid = "GET /\x01"
                           "bad HTTP/1.1\r\nHost: a\r\n\r\n";
constexpr int InvalidAt = 5; // the \x01

} // namespace

class TestErrorsDock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HaproxyFixture> m_haproxy;
    std::unique_ptr<RuntimeConnection> m_connection;
    std::unique_ptr<ErrorsDock> m_dock;

    // Refreshes and waits for the answer.
    bool refreshed()
    {
        const int before = m_dock->answersRead();
        m_dock->refresh();
        return QTest::qWaitFor([&] { return m_dock->answersRead() > before; }, WaitMs);
    }

private slots:
    void initTestCase()
    {
        HaproxyFixture::Options options;
        options.body = Body;
        m_haproxy = std::make_unique<HaproxyFixture>(options);
        QVERIFY2(m_haproxy->start(), qPrintable(m_haproxy->errorString()));
        m_connection = std::make_unique<RuntimeConnection>(Endpoint::parse(m_haproxy->adminSocket()).value());
        m_connection->open();
        QVERIFY(QTest::qWaitFor([this] { return m_connection->isReady(); }, WaitMs));
        m_dock = std::make_unique<ErrorsDock>();
        m_dock->setConnection(m_connection.get());
        m_dock->resize(900, 600);
        m_dock->show();
    }
    void cleanupTestCase()
    {
        m_dock.reset();
        m_connection.reset();
        m_haproxy.reset();
    }

    void nothingCapturedAtFirst()
    {
        QVERIFY(refreshed());
        QCOMPARE(m_dock->model()->rowCount(), 0);
    }

    void invalidRequestIsListedAndMarked()
    {
        RawConnection client;
        QVERIFY(client.connectToTcp(m_haproxy->frontendPort()));
        QVERIFY(client.write(Invalid));
        QVERIFY(client.readToEnd().startsWith("HTTP/1.1 400"));
        QVERIFY(refreshed());
        QCOMPARE(m_dock->model()->rowCount(), 1);
        const ErrorEvent *event = m_dock->model()->at(0);
        QCOMPARE(event->proxy, "fe");
        QVERIFY(event->isRequest());
        QCOMPARE(event->errorPosition, InvalidAt);
        QCOMPARE(event->bytes, Invalid);

        // The dock selected it: the marked characters are the rendering of byte 5, \x01.
        QTRY_VERIFY_WITH_TIMEOUT(!m_dock->bytesView()->toPlainText().isEmpty(), WaitMs);
        const QString text = m_dock->bytesView()->toPlainText();
        QVERIFY(text.startsWith(u"GET /\\x01bad HTTP/1.1\\r\\n\n"_s));
        const QColor mark = StatusColors::markBackground(m_dock->bytesView()->palette());
        QString marked;
        const QTextDocument *document = m_dock->bytesView()->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().background().color() == mark)
                    marked += it.fragment().text();
            }
        }
        QCOMPARE(marked, u"\\x01"_s);
        QCOMPARE(ErrorBytesText::renderByte(Invalid.at(InvalidAt)), marked);
        QVERIFY(m_dock->markLabel()->text().contains(u"position 5"_s));
    }

    void proxyAndDirectionAreSentToHaproxy()
    {
        QSignalSpy sent(m_connection.get(), &RuntimeConnection::commandFinished);
        m_dock->setProxy(u"quiet"_s);
        QVERIFY(refreshed());
        QCOMPARE(m_dock->model()->rowCount(), 0);
        m_dock->setProxy(u"fe"_s);
        m_dock->setDirection(2); // responses
        QVERIFY(refreshed());
        QCOMPARE(m_dock->model()->rowCount(), 0);
        m_dock->setDirection(1); // requests
        QVERIFY(refreshed());
        QCOMPARE(m_dock->model()->rowCount(), 1);
        QStringList lines;
        for (const QList<QVariant> &args : sent)
            lines << args.at(0).value<RuntimeCommand>().text();
        QVERIFY2(lines.contains(u"show errors quiet"_s), qPrintable(lines.join(u", ")));
        QVERIFY2(lines.contains(u"show errors fe response"_s), qPrintable(lines.join(u", ")));
        QVERIFY2(lines.contains(u"show errors fe request"_s), qPrintable(lines.join(u", ")));
    }

    void f5Refreshes()
    {
        m_dock->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dock.get()));
        m_dock->view()->setFocus();
        const int before = m_dock->answersRead();
        QTest::keyClick(m_dock->view(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->answersRead() > before, WaitMs);
    }
};

QTEST_MAIN(TestErrorsDock)
#include "tst_errorsdock.moc"
