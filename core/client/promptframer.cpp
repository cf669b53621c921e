#include "core/client/promptframer.h"

#include <QByteArrayView>

#include <algorithm>

namespace {

// HAProxy ends every answer in prompt mode with "\n> ".
constexpr QByteArrayView PromptTerminator("\n> ");

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
}

std::optional<QByteArray> PromptFramer::next()
{
    if (m_buffer.isEmpty())
        return std::nullopt;
    qsizetype end = -1;
    qsizetype skip = 0;
    if (m_buffer.startsWith("> ")) {
        // An empty answer right after the previous prompt.
        end = 0;
        skip = 2;
    } else {
        end = QByteArrayView(m_buffer).indexOf(PromptTerminator, m_scanFrom);
        skip = PromptTerminator.size();
    }
    if (end < 0) {
        // Resume the search where it stopped, minus a partial terminator.
        m_scanFrom = std::max<qsizetype>(0, m_buffer.size() - (PromptTerminator.size() - 1));
        return std::nullopt;
    }

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
