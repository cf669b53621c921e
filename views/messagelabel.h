#pragma once

#include "views/statuscolors.h"

#include <QLabel>
#include <QString>

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

// error: red; otherwise a warning in amber. Empty text hides the label.
inline void showMessage(QLabel *label, const QString &text, bool error = true)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    StatusColors::setTextTone(label, error ? StatusColors::Tone::Error : StatusColors::Tone::Warning);
}
