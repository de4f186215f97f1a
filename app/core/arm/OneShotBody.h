#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Apim::Core {

// A request body that can be read once and never rewound. QNetworkAccessManager (Qt 6.4)
// silently re-sends a request whose connection closed before the answer began, POSTs
// included; for a backup that would start a second backup. With this body (and
// DoNotBufferUploadDataAttribute) Qt cannot rewind the upload, so it reports
// ContentReSendError instead of sending again.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace Apim::Core
