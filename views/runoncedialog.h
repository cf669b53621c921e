#pragma once

#include <QDialog>

class QPushButton;
class QWidget;

// The rule of the dialogs that preview commands and run them once (a server action, the same
// action across a cluster): the first OK runs, when running is possible; while the run goes
// on, Escape or Stop cancels what is not sent yet and the dialog stays open; once it has
// run, closing it in any way is an accept, so the caller learns that commands were sent.
class RunOnceDialog : public QDialog
{
    Q_OBJECT
public:
    using QDialog::QDialog;

    bool hasRun() const { return m_hasRun; }

    void accept() override; // first press runs; after the run, closes
    void reject() override; // while running: stops sending, stays open

protected:
    virtual bool canRun() const = 0;
    virtual bool isRunning() const = 0;
    virtual void cancelRun() = 0;
    // Starts the run; called once, by accept(). Begins with beginRun().
    virtual void run() = 0;

    // Marks the run as started: OK goes, Cancel becomes Stop, the progress shows.
    void beginRun(QPushButton *ok, QPushButton *cancel, QWidget *progress);

private:
    bool m_hasRun = false;
};
