// Fuzzes the drains.json load path: DrainJob::fromJson() on every job of a drains document
// (or on the input as one job), then what DrainScheduler and the Schedules dock ask of a job
// read from a hand-edited file (times, the window in ms, the end action's text, the planned
// commands). Properties, abort() when one breaks: a job that reads and is not finished passes
// validate() (an invalid one reads as Failed, never runnable), and its JSON form reads back in
// the same state.
#include "core/workflows/drainjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void exercise(const QJsonObject &object)
{
    const Result<DrainJob> job = DrainJob::fromJson(object);
    if (!job)
        return;
    if (!job->isFinished() && !job->validate())
        std::abort();
    const qint64 windowMs = job->readyAfterMs();
    if (windowMs < 0 || windowMs > qint64(DrainJob::MaxReadyAfterMinutes * 60000.0))
        std::abort();
    (void)job->endActionText();
    (void)job->nextEventUtc();
    (void)job->idleDeadlineUtc();
    (void)job->progress();
    (void)job->plannedCommands();
    (void)DrainJob::stateName(job->state);
    const Result<DrainJob> again = DrainJob::fromJson(job->toJson());
    if (!again || again->state != job->state)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonValue jobs = root.value(QStringLiteral("jobs"));
        if (jobs.isArray()) {
            for (const QJsonValue &job : jobs.toArray())
                exercise(job.toObject());
        } else {
            exercise(root);
        }
    } else if (document.isArray()) {
        for (const QJsonValue &job : document.array())
            exercise(job.toObject());
    }
    return 0;
}
