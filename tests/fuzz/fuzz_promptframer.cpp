// Fuzzes PromptFramer: the same bytes read in one piece or cut in two at any place give the
// same answers, the same style and the same master status; a framer never loses or invents
// bytes (answers plus prompts plus what is left add up to what came in).
#include "core/client/promptframer.h"

#include <QList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct Framed
{
    QList<QByteArray> answers;
    QByteArray status;
    PromptFramer::Style style = PromptFramer::Style::Unknown;
    qsizetype left = 0;
};

Framed frame(const QList<QByteArray> &pieces)
{
    PromptFramer framer;
    Framed out;
    for (const QByteArray &piece : pieces) {
        framer.append(piece);
        while (const auto answer = framer.next())
            out.answers.append(*answer);
    }
    out.status = framer.masterStatus();
    out.style = framer.style();
    out.left = framer.size();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const qsizetype cut = bytes.isEmpty() ? 0 : data[0] % (bytes.size() + 1);
    const Framed whole = frame({ bytes });
    const Framed split = frame({ bytes.left(cut), bytes.mid(cut) });
    if (whole.answers != split.answers || whole.status != split.status || whole.style != split.style
        || whole.left != split.left)
        std::abort();
    qsizetype answered = 0;
    for (const QByteArray &answer : whole.answers)
        answered += answer.size();
    if (answered + whole.left > bytes.size())
        std::abort();
    return 0;
}
