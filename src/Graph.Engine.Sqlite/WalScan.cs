using System.Buffers.Binary;
using System.Globalization;

namespace Graph.Engine.Sqlite;

/// <summary>
/// Reads a <c>-wal</c> file the way SQLite's recovery does (https://sqlite.org/fileformat.html#the_write_ahead_log),
/// before SQLite opens the database. Recovery keeps frames while their salts match the header's and their cumulative
/// checksum holds, and silently drops everything from the first frame that fails, including commits written whole
/// after it. A torn tail (a crash mid-write: nothing valid after the failure) is normal; a failing frame followed by
/// a commit frame that is itself intact (same salts, its checksum holds from its predecessor's stored checksum) means
/// acknowledged commits would be lost, which this reports as damage.
/// </summary>
internal static class WalScan
{
    public const int HeaderSize = 32;

    public const int FrameHeaderSize = 24;

    /// <summary>What is wrong with the WAL at <paramref name="path"/>, or null when recovery would lose nothing written whole.</summary>
    public static string? Damage(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        Span<byte> header = stackalloc byte[HeaderSize];
        if (stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) < HeaderSize)
        {
            return null;
        }

        var magic = BinaryPrimitives.ReadUInt32BigEndian(header);
        var pageSize = (int)BinaryPrimitives.ReadUInt32BigEndian(header[8..]);
        var headerIntact = magic is 0x377f0682 or 0x377f0683 && pageSize is >= 512 and <= 65536 && (pageSize & (pageSize - 1)) == 0;
        var bigEndian = (magic & 1) == 1;
        var salts = BinaryPrimitives.ReadUInt64BigEndian(header[16..]);
        var sum = Checksum(header[..24], bigEndian, 0, 0);
        headerIntact = headerIntact && sum == (BinaryPrimitives.ReadUInt32BigEndian(header[24..]), BinaryPrimitives.ReadUInt32BigEndian(header[28..]));
        if (!headerIntact)
        {
            // Recovery ignores the whole log; that loses data only if frames follow that belong to this header.
            return stream.Length >= HeaderSize + FrameHeaderSize + 512 && FirstFrameSalts(stream) == salts
                ? Invariant($"'{path}': the WAL header is damaged, so recovery would ignore the {stream.Length - HeaderSize} bytes of frames after it")
                : null;
        }

        return ScanFrames(stream, path, pageSize, bigEndian, salts, sum);
    }

    private static string? ScanFrames(FileStream stream, string path, int pageSize, bool bigEndian, ulong salts, (uint, uint) sum)
    {
        var frame = new byte[FrameHeaderSize + pageSize];
        var previousStored = sum;
        var valid = true;
        long firstBad = -1;
        for (long index = 0; stream.ReadAtLeast(frame, frame.Length, throwOnEndOfStream: false) == frame.Length; index++)
        {
            if (BinaryPrimitives.ReadUInt64BigEndian(frame.AsSpan(8)) != salts)
            {
                // A frame of an earlier generation of the log (it restarts after a checkpoint): recovery stops here.
                break;
            }

            var stored = (BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(20)));
            var page = BinaryPrimitives.ReadUInt32BigEndian(frame);
            var commit = BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(4)) != 0;
            if (valid)
            {
                sum = FrameChecksum(frame, bigEndian, sum);
                if (sum != stored || page == 0)
                {
                    valid = false;
                    firstBad = index;
                }
            }
            else if (commit && page != 0 && FrameChecksum(frame, bigEndian, previousStored) == stored)
            {
                return Invariant($"'{path}': WAL frame {firstBad} fails its checksum, but commit frame {index} after it is intact: recovery would drop the committed transactions from frame {firstBad} on");
            }

            previousStored = stored;
        }

        return null;
    }

    private static ulong FirstFrameSalts(FileStream stream)
    {
        Span<byte> frameHeader = stackalloc byte[FrameHeaderSize];
        stream.Position = HeaderSize;
        return stream.ReadAtLeast(frameHeader, FrameHeaderSize, throwOnEndOfStream: false) == FrameHeaderSize
            ? BinaryPrimitives.ReadUInt64BigEndian(frameHeader[8..])
            : 0;
    }

    private static (uint, uint) FrameChecksum(byte[] frame, bool bigEndian, (uint, uint) seed)
    {
        var sum = Checksum(frame.AsSpan(0, 8), bigEndian, seed.Item1, seed.Item2);
        return Checksum(frame.AsSpan(FrameHeaderSize), bigEndian, sum.Item1, sum.Item2);
    }

    /// <summary>SQLite's WAL checksum: Fibonacci-weighted sums over 32-bit words, in the byte order the magic names.</summary>
    private static (uint, uint) Checksum(ReadOnlySpan<byte> data, bool bigEndian, uint s0, uint s1)
    {
        for (var i = 0; i + 8 <= data.Length; i += 8)
        {
            var x0 = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data[i..]) : BinaryPrimitives.ReadUInt32LittleEndian(data[i..]);
            var x1 = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data[(i + 4)..]) : BinaryPrimitives.ReadUInt32LittleEndian(data[(i + 4)..]);
            s0 = unchecked(s0 + x0 + s1);
            s1 = unchecked(s1 + x1 + s0);
        }

        return (s0, s1);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
