#pragma once

#include "views/statuscolors.h"

#include <QLabel>
#include <QLayout>
#include <QString>
#include <QTimer>

// The line under a form field that says what is wrong with it (red) or what to watch for
// (amber), hidden while there is nothing to say. Shared by the dialogs that validate as the
// user types.
inline QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setVisible(false);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Grows the label's window so a wrapped message shows in full: a top-level window does not
// follow its layout's height-for-width on its own, and a two-line message would be cut.
inline void fitWindowToMessage(QLabel *label)
{
    QWidget *window = label->window();
    if (!window || !window->layout() || !window->isWindow())
        return;
    window->layout()->activate();
    const int needed = window->layout()->hasHeightForWidth()
        ? window->layout()->totalHeightForWidth(window->width())
        : window->layout()->totalMinimumSize().height();
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

// error: red; otherwise a warning in amber. Empty text hides the label.
inline void showMessage(QLabel *label, const QString &text, bool error = true)
{
    QTimer::singleShot(0, label, [label] { fitWindowToMessage(label); });
    label->setText(text);
    label->setVisible(!text.isEmpty());
    StatusColors::setTextTone(label, error ? StatusColors::Tone::Error : StatusColors::Tone::Warning);
}
