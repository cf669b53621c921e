#pragma once

#include "views/actionpreviewdialog.h"

#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>

// Confirms an open ActionPreviewDialog as a user would (OK), waits for its run to end and
// closes it. False (with a warning) if any step did not happen.
inline bool confirmPreviewDialog(const std::function<ActionPreviewDialog *()> &find, int timeoutMs = 10000)
{
    QPointer<ActionPreviewDialog> dialog;
    if (!QTest::qWaitFor([&] { return (dialog = find()) && dialog->isVisible(); }, timeoutMs)) {
        qWarning("no preview opened");
        return false;
    }
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    QPushButton *ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
    if (!ok || !ok->isEnabled()) {
        qWarning("the preview's OK button is off");
        return false;
    }
    ok->click();
    QPushButton *close = nullptr;
    const bool ended = QTest::qWaitFor(
        [&] {
            close = dialog ? dialog->findChild<QPushButton *>(QStringLiteral("closeButton")) : nullptr;
            return close && close->isVisible();
        },
        timeoutMs);
    if (!ended) {
        qWarning("the run did not end");
        return false;
    }
    close->click();
    return QTest::qWaitFor([&] { return !dialog || !dialog->isVisible(); }, timeoutMs);
}
