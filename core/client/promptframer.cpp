#include "core/client/promptframer.h"

#include <QByteArrayView>

#include <algorithm>

namespace {

// A worker ends every answer in prompt mode with "\n> ".
constexpr QByteArrayView PromptTerminator("\n> ");
constexpr QByteArrayView MasterWord("master");
constexpr qsizetype MaxStatusBytes = 64;

bool isStatusByte(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

} // namespace

void PromptFramer::append(const QByteArray &bytes)
{
    m_buffer += bytes;
    m_peak = std::max(m_peak, m_buffer.size());
}

void PromptFramer::clear()
{
    m_buffer.clear();
    m_scanFrom = 0;
    m_style = Style::Unknown;
    m_masterStatus.clear();
}

qsizetype PromptFramer::masterPromptLength(QByteArrayView bytes)
{
    const qsizetype wordLength = std::min(bytes.size(), MasterWord.size());
    if (bytes.first(wordLength) != MasterWord.first(wordLength))
        return -1;
    if (bytes.size() == wordLength)
        return 0;
    qsizetype at = MasterWord.size();
    if (bytes[at] == '[') {
        ++at;
        while (at < bytes.size() && isStatusByte(bytes[at])) {
            if (at - MasterWord.size() > MaxStatusBytes)
                return -1;
            ++at;
        }
        if (at == bytes.size())
            return 0;
        if (bytes[at] != ']')
            return -1;
        ++at;
    }
    for (const char expected : { '>', ' ' }) {
        if (at == bytes.size())
            return 0;
        if (bytes[at] != expected)
            return -1;
        ++at;
    }
    return at;
}

void PromptFramer::findWorkerEnd(qsizetype *end, qsizetype *skip)
{
    if (m_buffer.startsWith("> ")) {
        // An empty answer right after the previous prompt.
        *end = 0;
        *skip = 2;
        return;
    }
    *end = QByteArrayView(m_buffer).indexOf(PromptTerminator, m_scanFrom);
    *skip = PromptTerminator.size();
    if (*end < 0) // resume the search where it stopped, minus a partial terminator
        m_scanFrom = std::max<qsizetype>(0, m_buffer.size() - (PromptTerminator.size() - 1));
}

void PromptFramer::findMasterEnd(qsizetype *end, qsizetype *skip)
{
    const QByteArrayView buffer(m_buffer);
    *end = -1;
    const qsizetype atStart = masterPromptLength(buffer);
    if (atStart > 0) {
        // An empty answer right after the previous prompt (or the answer to `prompt`).
        *end = 0;
        *skip = atStart;
    } else if (atStart < 0) {
        qsizetype from = m_scanFrom;
        while (true) {
            const qsizetype newline = buffer.indexOf('\n', from);
            if (newline < 0) {
                m_scanFrom = buffer.size();
                break;
            }
            const qsizetype length = masterPromptLength(buffer.sliced(newline + 1));
            if (length == 0) {
                m_scanFrom = newline; // a prompt may be arriving: look here again
                break;
            }
            if (length > 0) {
                *end = newline;
                *skip = 1 + length;
                break;
            }
            from = newline + 1;
        }
    }
    if (*end < 0)
        return;
    const QByteArrayView prompt = buffer.sliced(*end, *skip);
    const qsizetype open = prompt.indexOf('[');
    m_masterStatus =
        open < 0 ? QByteArray() : prompt.sliced(open + 1, prompt.indexOf(']') - open - 1).toByteArray();
}

std::optional<QByteArray> PromptFramer::next()
{
    if (m_buffer.isEmpty())
        return std::nullopt;
    if (m_style == Style::Unknown) {
        // The answer to `prompt`: "master> " from a master, "\n> " from a worker.
        if (masterPromptLength(m_buffer) >= 0)
            m_style = masterPromptLength(m_buffer) > 0 ? Style::Master : Style::Unknown;
        else
            m_style = Style::Worker;
        if (m_style == Style::Unknown)
            return std::nullopt;
    }
    qsizetype end = -1;
    qsizetype skip = 0;
    if (m_style == Style::Master)
        findMasterEnd(&end, &skip);
    else
        findWorkerEnd(&end, &skip);
    if (end < 0)
        return std::nullopt;
    return takeAnswer(end, skip);
}

QByteArray PromptFramer::takeAnswer(qsizetype end, qsizetype skip)
{
    // Only the smaller part is copied: a large answer is handed on as it was read.
    QByteArray body;
    if (end + skip == m_buffer.size()) {
        // The usual case: one answer is the whole buffer.
        body = std::move(m_buffer);
        body.truncate(end);
        m_buffer = QByteArray();
    } else if (m_buffer.size() - (end + skip) < end) {
        QByteArray rest = m_buffer.sliced(end + skip);
        body = std::move(m_buffer);
        body.truncate(end);
        m_buffer = std::move(rest);
    } else {
        body = m_buffer.left(end);
        m_buffer.remove(0, end + skip);
    }
    m_scanFrom = 0;
    return body;
}
