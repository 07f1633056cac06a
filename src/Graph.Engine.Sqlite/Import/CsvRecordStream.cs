namespace Graph.Engine.Sqlite.Import;

/// <summary>
/// Streams the records of a neo4j-admin CSV file without holding the file: RFC 4180 quoting (a quoted field may
/// span lines; <c>""</c> is a quote), <c>\n</c> or <c>\r\n</c> line ends. Fields are slices of one reused buffer, so
/// reading a 9-million-line file allocates only the strings the caller keeps. <see cref="Line"/> is the physical
/// line where the current record starts, for <c>file:line</c> errors.
/// </summary>
internal sealed class CsvRecordStream : IDisposable
{
    private readonly FileStream _file;
    private readonly StreamReader _reader;
    private readonly char[] _input = new char[1 << 16];
    private readonly List<(int Start, int Length)> _fields = [];
    private char[] _record = new char[1024];
    private int _recordLength;
    private int _position;
    private int _available;
    private int _nextLine = 1;

    public CsvRecordStream(string path)
    {
        _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        _reader = new StreamReader(_file, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, 1 << 16);
        Length = _file.Length;
    }

    public long Length { get; }

    /// <summary>Roughly how many bytes have been read (the reader buffers ahead), for progress.</summary>
    public long Position => _file.Position;

    public int Line { get; private set; }

    public int FieldCount => _fields.Count;

    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var (start, length) = _fields[index];
            return _record.AsSpan(start, length);
        }
    }

    public string Text(int index) => new(this[index]);

    /// <summary>Reads the next record; false at the end. A malformed record sets <paramref name="error"/> and is skipped to its line end.</summary>
    public bool Read(out string? error)
    {
        error = null;
        _fields.Clear();
        _recordLength = 0;
        if (!Fill())
        {
            return false;
        }

        Line = _nextLine;
        while (true)
        {
            var start = _recordLength;
            if (Peek() == '"')
            {
                _position++;
                if (!ReadQuoted(out error))
                {
                    SkipLine();
                    return true;
                }
            }
            else if (!ReadUnquoted(out error))
            {
                SkipLine();
                return true;
            }

            _fields.Add((start, _recordLength - start));
            var c = Peek();
            if (c == ',')
            {
                _position++;
                continue;
            }

            if (c == '\r')
            {
                _position++;
                if (Peek() != '\n')
                {
                    error = "carriage return not followed by a line feed";
                    SkipLine();
                    return true;
                }
            }

            if (Peek() == '\n')
            {
                _position++;
                _nextLine++;
            }

            return true;
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _file.Dispose();
    }

    private bool ReadUnquoted(out string? error)
    {
        error = null;
        while (true)
        {
            if (_position == _available && !Fill())
            {
                return true;
            }

            var span = _input.AsSpan(_position, _available - _position);
            var stop = span.IndexOfAny(",\n\r\"");
            var take = stop < 0 ? span.Length : stop;
            Append(span[..take]);
            _position += take;
            if (stop < 0)
            {
                continue;
            }

            if (span[stop] == '"')
            {
                error = "a quote inside an unquoted field (quote the whole field and double the quote)";
                return false;
            }

            return true;
        }
    }

    private bool ReadQuoted(out string? error)
    {
        error = null;
        while (true)
        {
            if (_position == _available && !Fill())
            {
                error = "a quoted field is not closed before the end of the file";
                return false;
            }

            var c = _input[_position++];
            if (c == '"')
            {
                if (Peek() == '"')
                {
                    _position++;
                    Append('"');
                    continue;
                }

                var next = Peek();
                if (next is not (',' or '\n' or '\r' or '\0'))
                {
                    error = $"'{next}' after a closing quote (a quoted field ends at a comma or the line end)";
                    return false;
                }

                return true;
            }

            if (c == '\n')
            {
                _nextLine++;
            }

            Append(c);
        }
    }

    /// <summary>The next character, or '\0' at the end of the file.</summary>
    private char Peek() => _position < _available || Fill() ? _input[_position] : '\0';

    private bool Fill()
    {
        if (_position < _available)
        {
            return true;
        }

        _available = _reader.Read(_input, 0, _input.Length);
        _position = 0;
        return _available > 0;
    }

    private void SkipLine()
    {
        while (Fill())
        {
            var c = _input[_position++];
            if (c == '\n')
            {
                _nextLine++;
                return;
            }
        }
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_recordLength + chars.Length > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + chars.Length));
        }

        chars.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += chars.Length;
    }

    private void Append(char c)
    {
        if (_recordLength == _record.Length)
        {
            Array.Resize(ref _record, _record.Length * 2);
        }

        _record[_recordLength++] = c;
    }
}
