#include "spreadsheet/xls_reader.h"

#include "util/native_path.h"
#include "util/file_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>
#include <QTemporaryFile>
#include <QtEndian>

#include <algorithm>

#include <freexl.h>

namespace x1 {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(x1::XlsReader)
};

GridCell toGridCell(const FreeXL_CellValue& value)
{
    GridCell cell;
    switch (value.type) {
    case FREEXL_CELL_INT:
        cell.kind = GridCell::Kind::Number;
        cell.text = QString::number(value.value.int_value);
        break;
    case FREEXL_CELL_DOUBLE:
        cell.kind = GridCell::Kind::Number;
        cell.text = numberText(value.value.double_value);
        break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        cell.text = QString::fromUtf8(value.value.text_value);
        break;
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
        cell.text = QString::fromUtf8(value.value.text_value);
        cell.date = QDate::fromString(cell.text.left(10), Qt::ISODate);
        if (cell.date.isValid()) {
            cell.kind = GridCell::Kind::Date;
            cell.text = cell.date.toString(Qt::ISODate);
        }
        break;
    case FREEXL_CELL_TIME:
        cell.text = QString::fromUtf8(value.value.text_value);
        break;
    default:
        break;
    }
    return cell;
}

// Closes the FreeXL handle on every path out.
struct Handle {
    const void* value = nullptr;
    ~Handle()
    {
        if (value)
            freexl_close(value);
    }
};

// FreeXL 1.0.6 sizes a worksheet's cells as 16 × rows × columns in 32 bits and clears them in a
// loop: a DIMENSION record with huge counts wraps the size and the loop writes past the block
// (SIGSEGV or a corrupted heap; found by fuzz_xls, fuzz/corpus/xls/segv-freexl-*). Before FreeXL
// sees a file, its Workbook stream is walked here and a DIMENSION record that is malformed or
// claims more than BIFF's 65,536 rows and 256 columns refuses the file. A compound file this walk
// cannot follow is left to FreeXL, which refuses it as well.
class CompoundFile {
public:
    explicit CompoundFile(const QByteArray& bytes) : m_bytes(bytes) {}

    // The stream named Workbook or Book; empty when there is none or it cannot be followed.
    QByteArray workbookStream()
    {
        if (m_bytes.size() < 512)
            return {};
        const int shift = u16(0x1E);
        if (shift != 9 && shift != 12)
            return {};
        m_sectorSize = 1 << shift;
        // The FAT: the sectors listed in the header's DIFAT, then in the DIFAT chain — never more
        // than the file has sectors, so that what is read stays within the file's own size.
        const qsizetype sectors = m_bytes.size() / m_sectorSize;
        QList<quint32> fatSectors;
        for (int i = 0; i < 109; ++i)
            fatSectors << u32(0x4C + 4 * i);
        quint32 difat = u32(0x44);
        for (qsizetype guard = 0; difat < 0xFFFFFFFA && guard < sectors && fatSectors.size() < sectors + 109;
             ++guard) {
            const QByteArray sector = sectorAt(difat);
            if (sector.isEmpty())
                return {};
            for (int i = 0; i + 1 < m_sectorSize / 4; ++i)
                fatSectors << qFromLittleEndian<quint32>(sector.constData() + 4 * i);
            difat = qFromLittleEndian<quint32>(sector.constData() + m_sectorSize - 4);
        }
        QSet<quint32> seen;
        for (const quint32 id : fatSectors) {
            if (id >= 0xFFFFFFFA || seen.contains(id))
                continue;
            seen.insert(id);
            const QByteArray sector = sectorAt(id);
            for (int i = 0; i + 4 <= sector.size(); i += 4)
                m_fat << qFromLittleEndian<quint32>(sector.constData() + i);
        }
        const QByteArray directory = chain(u32(0x30), m_fat, [this](quint32 id) { return sectorAt(id); });
        QByteArray root;
        for (qsizetype at = 0; at + 128 <= directory.size(); at += 128) {
            const char* entry = directory.constData() + at;
            const int type = uchar(entry[0x42]);
            const quint32 start = qFromLittleEndian<quint32>(entry + 0x74);
            const quint32 size = qFromLittleEndian<quint32>(entry + 0x78);
            if (type == 5 && at == 0)
                root = chain(start, m_fat, [this](quint32 id) { return sectorAt(id); });
            const int nameBytes = std::clamp<int>(qFromLittleEndian<quint16>(entry + 0x40), 2, 64) - 2;
            const QString name = QString::fromUtf16(reinterpret_cast<const char16_t*>(entry), nameBytes / 2);
            if (type != 2 || (name.compare(u"Workbook", Qt::CaseInsensitive) != 0
                              && name.compare(u"Book", Qt::CaseInsensitive) != 0))
                continue;
            QByteArray stream;
            if (size < u32(0x38)) { // in the mini stream: 64-byte sectors of the root entry's data
                const QByteArray miniFatBytes = chain(u32(0x3C), m_fat, [this](quint32 id) { return sectorAt(id); });
                QList<quint32> miniFat;
                for (int i = 0; i + 4 <= miniFatBytes.size(); i += 4)
                    miniFat << qFromLittleEndian<quint32>(miniFatBytes.constData() + i);
                stream = chain(start, miniFat, [&root](quint32 id) {
                    return qint64(id) * 64 + 64 <= root.size() ? root.mid(qsizetype(id) * 64, 64) : QByteArray();
                });
            } else {
                stream = chain(start, m_fat, [this](quint32 id) { return sectorAt(id); });
            }
            return stream.left(size);
        }
        return {};
    }

private:
    quint16 u16(qsizetype at) const { return qFromLittleEndian<quint16>(m_bytes.constData() + at); }
    quint32 u32(qsizetype at) const { return qFromLittleEndian<quint32>(m_bytes.constData() + at); }

    QByteArray sectorAt(quint32 id) const
    {
        const qint64 at = (qint64(id) + 1) * m_sectorSize;
        return at + m_sectorSize <= m_bytes.size() ? m_bytes.mid(at, m_sectorSize) : QByteArray();
    }

    // The sectors of a chain, in order; it stops at the end mark, a sector outside the file, after
    // as many steps as the table has entries, or once it holds more than the whole file (a loop).
    template <typename Read>
    QByteArray chain(quint32 start, const QList<quint32>& table, Read read) const
    {
        QByteArray out;
        quint32 id = start;
        for (qsizetype steps = 0; id < quint32(table.size()) && steps <= table.size() && out.size() <= m_bytes.size();
             ++steps) {
            const QByteArray sector = read(id);
            if (sector.isEmpty())
                break;
            out += sector;
            id = table[id];
        }
        return out;
    }

    const QByteArray& m_bytes;
    int m_sectorSize = 512;
    QList<quint32> m_fat;
};

// False when a DIMENSION record of the Workbook stream is malformed or out of BIFF's bounds.
bool dimensionsAreSound(const QByteArray& fileBytes)
{
    const QByteArray stream = CompoundFile(fileBytes).workbookStream();
    const char* data = stream.constData();
    for (qsizetype at = 0; at + 4 <= stream.size();) {
        const quint16 opcode = qFromLittleEndian<quint16>(data + at);
        const quint16 length = qFromLittleEndian<quint16>(data + at + 2);
        const char* record = data + at + 4;
        const qsizetype available = stream.size() - at - 4;
        if (opcode == 0x0200 || opcode == 0x0000) {
            quint32 rows = 0;
            quint32 columns = 0;
            if (length == 14 && available >= 14) { // BIFF8: first row, last row + 1 (32 bits), columns
                rows = qFromLittleEndian<quint32>(record + 4);
                columns = qFromLittleEndian<quint16>(record + 10);
            } else if ((length == 10 || length == 8) && available >= length) { // BIFF2-7: 16 bits
                rows = qFromLittleEndian<quint16>(record + 2);
                columns = qFromLittleEndian<quint16>(record + 6);
            } else if (opcode == 0x0200 || length != 0) {
                return false;
            }
            if (rows > 65536 || columns > 256)
                return false;
        }
        at += 4 + length;
    }
    return true;
}

} // namespace

bool looksLikeXls(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

bool looksLikeZip(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) || bytes.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

Result<SpreadsheetBook> readXls(const QByteArray& fileBytes, const QString& displayName, const ReadLimits& limits)
{
    if (!looksLikeXls(fileBytes))
        return Error{Text::tr("%1：不是 Excel 文件（不是 .xls 格式）").arg(displayName)};
    if (!dimensionsAreSound(fileBytes))
        return Error{Text::tr("%1：不是可读的 .xls 文件（已损坏、加密或格式过旧）").arg(displayName)};
    // FreeXL opens a `char*` path with fopen(): on Windows that is the ANSI code page, which may
    // lack characters of the user's file name. It reads an ASCII-named copy in the temporary
    // folder, whose own path is handed over in that code page (or its 8.3 form).
    QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/x1apply-xls-XXXXXX.xls"));
    if (!copy.open() || copy.write(fileBytes) != fileBytes.size() || !copy.flush())
        return Error{Text::tr("%1：无法建立临时副本（%2）").arg(displayName, fileErrorText(copy))};
    copy.close();
    const QByteArray copyName = pathForNarrowApi(copy.fileName());
    if (copyName.isEmpty())
        return Error{Text::tr("%1：临时文件夹 %2 的名字无法交给 .xls 读取库（请把 TEMP 设为只含英文字母的文件夹）")
                         .arg(displayName, QDir::toNativeSeparators(QDir::tempPath()))};

    Handle handle;
    if (freexl_open(copyName.constData(), &handle.value) != FREEXL_OK)
        return Error{Text::tr("%1：不是可读的 .xls 文件（已损坏、加密或格式过旧）").arg(displayName)};
    unsigned int info = 0;
    if (freexl_get_info(handle.value, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return Error{Text::tr("%1：文件设有密码，无法读取").arg(displayName)};
    unsigned int sheetCount = 0;
    freexl_get_info(handle.value, FREEXL_BIFF_SHEET_COUNT, &sheetCount);
    if (sheetCount > unsigned(limits.maxSheets))
        return Error{Text::tr("%1：工作表超过 %2 个，拒绝读取").arg(displayName).arg(limits.maxSheets)};

    SpreadsheetBook book;
    for (unsigned short index = 0; index < sheetCount; ++index) {
        SheetGrid grid;
        const char* name = nullptr;
        if (freexl_get_worksheet_name(handle.value, index, &name) == FREEXL_OK && name)
            grid.name = QString::fromUtf8(name);
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(handle.value, index) != FREEXL_OK
            || freexl_worksheet_dimensions(handle.value, &rows, &columns) != FREEXL_OK)
            return Error{Text::tr("%1：工作表 %2 无法读取").arg(displayName, grid.name)};
        for (unsigned int row = 0; row < rows; ++row) {
            for (unsigned short column = 0; column < columns; ++column) {
                FreeXL_CellValue value;
                if (freexl_get_cell_value(handle.value, row, column, &value) != FREEXL_OK)
                    continue;
                GridCell cell = toGridCell(value);
                if (cell.text.isEmpty())
                    continue;
                grid.set(int(row), int(column), std::move(cell));
                if (grid.cellCount() > limits.maxCellsPerSheet)
                    return Error{Text::tr("%1：工作表 %2 的单元格超过 %3 个，拒绝读取")
                                     .arg(displayName, grid.name).arg(limits.maxCellsPerSheet)};
            }
        }
        book.sheets << std::move(grid);
    }
    if (book.sheets.isEmpty())
        return Error{Text::tr("%1：工作簿中没有工作表").arg(displayName)};
    return book;
}

} // namespace x1
