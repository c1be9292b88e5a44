using System.Buffers;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Splits UTF-8 CSV (RFC 4180) into records, streaming: one input buffer it refills, and the current record's fields
/// copied out unescaped. Fields are separated by commas; a field may be quoted, and a quoted field may hold commas,
/// line breaks and doubled quotes. Records end at LF or CRLF; the last may end at the end of the text.
/// </summary>
/// <remarks>
/// A record that breaks the quoting rules is reported (<see cref="CsvProblem"/>) and skipped up to the end of its line,
/// so reading goes on with the next. A record longer than <see cref="MaximumRecordBytes"/> (a quote never closed)
/// stops reading. Bytes are not decoded here.
/// </remarks>
internal sealed class CsvRecordReader
{
    public const int MaximumRecordBytes = 1024 * 1024;

    private static readonly SearchValues<byte> Specials = SearchValues.Create(",\n\r\""u8);

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _position;
    private int _length;
    private bool _eof;
    private bool _started;
    private byte[] _record = new byte[1024];
    private int _recordLength;
    private int[] _fieldEnds = new int[16];
    private bool _anyQuoted;

    public CsvRecordReader(Stream stream) => _stream = stream;

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>The line number of the next byte (1-based, as an editor shows it).</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>True when the current record is an empty line (one empty, unquoted field).</summary>
    public bool IsBlank => FieldCount == 1 && _fieldEnds[0] == 0 && !_anyQuoted;

    /// <summary>The unescaped bytes of field <paramref name="index"/> of the current record.</summary>
    public ReadOnlySpan<byte> Field(int index)
    {
        var start = index == 0 ? 0 : _fieldEnds[index - 1];
        return _record.AsSpan(start, _fieldEnds[index] - start);
    }

    /// <summary>Reads the next record; <paramref name="line"/> is the line it starts on.</summary>
    public CsvProblem Next(out int line)
    {
        _recordLength = 0;
        FieldCount = 0;
        _anyQuoted = false;
        line = Line;
        if (_position == _length && !Refill())
        {
            return CsvProblem.End;
        }

        var state = State.FieldStart;
        while (true)
        {
            if (_recordLength > MaximumRecordBytes)
            {
                return CsvProblem.TooLong;
            }

            if (_position == _length && !Refill())
            {
                if (state == State.Quoted)
                {
                    return CsvProblem.Unclosed;
                }

                EndField();
                return CsvProblem.None;
            }

            var span = _buffer.AsSpan(_position, _length - _position);
            switch (state)
            {
                case State.FieldStart when span[0] == (byte)'"':
                    _anyQuoted = true;
                    _position++;
                    state = State.Quoted;
                    break;
                case State.FieldStart or State.Unquoted:
                    state = State.Unquoted;
                    var special = span.IndexOfAny(Specials);
                    Append(special < 0 ? span : span[..special]);
                    if (special < 0)
                    {
                        _position = _length;
                        break;
                    }

                    _position += special;
                    if (End(span[special], ref state) is { } unquotedEnd)
                    {
                        return unquotedEnd;
                    }

                    if (state == State.Unquoted)
                    {
                        // A quote inside an unquoted field.
                        return Skip(CsvProblem.QuoteInField);
                    }

                    break;
                case State.Quoted:
                    var quote = span.IndexOf((byte)'"');
                    var run = quote < 0 ? span : span[..quote];
                    Append(run);
                    Line += run.Count((byte)'\n');
                    _position += quote < 0 ? run.Length : quote + 1;
                    state = quote < 0 ? State.Quoted : State.QuoteInQuoted;
                    break;
                default:
                    if (span[0] == (byte)'"')
                    {
                        Append("\""u8);
                        _position++;
                        state = State.Quoted;
                        break;
                    }

                    if (End(span[0], ref state) is { } quotedEnd)
                    {
                        return quotedEnd;
                    }

                    if (state == State.QuoteInQuoted)
                    {
                        return Skip(CsvProblem.TextAfterQuote);
                    }

                    break;
            }
        }
    }

    // At a comma, LF or CR after a field: ends the field (and maybe the record). Null when reading goes on; leaves the
    // state unchanged for a byte that ends nothing (a quote), for the caller to report.
    private CsvProblem? End(byte b, ref State state)
    {
        switch (b)
        {
            case (byte)',':
                _position++;
                EndField();
                state = State.FieldStart;
                return null;
            case (byte)'\n':
                _position++;
                Line++;
                EndField();
                return CsvProblem.None;
            case (byte)'\r':
                _position++;
                if (Peek() != '\n')
                {
                    return Skip(CsvProblem.CarriageReturn);
                }

                _position++;
                Line++;
                EndField();
                return CsvProblem.None;
            default:
                return null;
        }
    }

    // Skips the rest of the line of a record that broke the quoting rules, so the next record starts clean.
    private CsvProblem Skip(CsvProblem problem)
    {
        while (_position < _length || Refill())
        {
            var span = _buffer.AsSpan(_position, _length - _position);
            var newline = span.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _position += newline + 1;
                Line++;
                return problem;
            }

            _position = _length;
        }

        return problem;
    }

    private int Peek() => _position < _length || Refill() ? _buffer[_position] : -1;

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_recordLength + bytes.Length > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + bytes.Length));
        }

        bytes.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += bytes.Length;
    }

    private void EndField()
    {
        if (FieldCount == _fieldEnds.Length)
        {
            Array.Resize(ref _fieldEnds, _fieldEnds.Length * 2);
        }

        _fieldEnds[FieldCount++] = _recordLength;
    }

    private bool Refill()
    {
        if (_eof)
        {
            return false;
        }

        _position = 0;
        _length = _stream.Read(_buffer, 0, _buffer.Length);
        if (!_started)
        {
            // A UTF-8 byte-order mark before the header is not part of it.
            _started = true;
            if (_length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _position = 3;
            }
        }

        if (_length == 0)
        {
            _eof = true;
            return false;
        }

        return _position < _length || Refill();
    }
}

/// <summary>What <see cref="CsvRecordReader.Next"/> found.</summary>
internal enum CsvProblem
{
    /// <summary>A record.</summary>
    None,

    /// <summary>The end of the text.</summary>
    End,

    /// <summary>A quote inside an unquoted field (<c>a"b</c>).</summary>
    QuoteInField,

    /// <summary>Text after the closing quote of a field (<c>"a"b</c>).</summary>
    TextAfterQuote,

    /// <summary>A carriage return not followed by a line feed, outside quotes.</summary>
    CarriageReturn,

    /// <summary>A quoted field still open at the end of the text.</summary>
    Unclosed,

    /// <summary>A record longer than <see cref="CsvRecordReader.MaximumRecordBytes"/>; reading stops.</summary>
    TooLong,
}
