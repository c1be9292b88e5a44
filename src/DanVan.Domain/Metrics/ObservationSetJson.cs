using System.Buffers;
using System.Globalization;
using System.Text.Json;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Reads and writes an <see cref="ObservationSet"/> as a JSON array of flat observation objects, row by row: the reader
/// keeps one buffer it refills from the stream (it never holds the document), the writer reads the columns directly.
/// </summary>
internal static class ObservationSetJson
{
    private const int InitialBufferSize = 64 * 1024;
    private const int FlushThreshold = 64 * 1024;

    // No observation object is this long; a longer one is hostile input, refused before it takes all memory.
    private const int MaximumRowBytes = 16 * 1024 * 1024;

    /// <summary>Reads a whole set from a stream, streaming. Errors are <see cref="JsonException"/>s with the path <c>$[row]</c>.</summary>
    public static ObservationSet Read(Stream stream)
    {
        var builder = new ObservationSetBuilder();
        var cache = new ObservationJsonCache();
        var fields = default(ObservationFields);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        try
        {
            var length = 0;
            var offset = 0;
            var final = false;
            var started = false;
            var ended = false;
            var row = 0;
            var state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
            length = Fill(stream, buffer, 0, ref final);
            if (length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                offset = 3;
            }

            while (true)
            {
                // Parse what the buffer holds, one whole top-level step (the '[', an object, the ']') at a time; a step
                // the buffer ends inside is read again, from its first byte, once the buffer has been refilled.
                var reader = new Utf8JsonReader(buffer.AsSpan(offset, length - offset), final, state);
                var committed = 0L;
                var committedState = state;
                try
                {
                    while (reader.Read())
                    {
                        if (!started)
                        {
                            if (reader.TokenType != JsonTokenType.StartArray)
                            {
                                throw new JsonException($"Expected a JSON array of observations, found {reader.TokenType}.", "$", null, null);
                            }

                            started = true;
                        }
                        else if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            ended = true;
                        }
                        else if (!ReadRow(ref reader, ref fields, cache, builder))
                        {
                            break;
                        }
                        else
                        {
                            row++;
                        }

                        committed = reader.BytesConsumed;
                        committedState = reader.CurrentState;
                    }
                }
                catch (JsonException exception) when (exception.Path is null)
                {
                    // Say which row it was in; the message names the property ("'value': …").
                    throw AtRow(started && !ended ? row : null, exception.Message, exception);
                }

                offset += (int)committed;
                state = committedState;
                if (final)
                {
                    if (!ended)
                    {
                        throw new JsonException(
                            started ? $"The JSON ends inside the array of observations, after {row} complete rows." : "The JSON is empty: expected an array of observations.",
                            started ? Path(row) : "$", null, null);
                    }

                    return builder.Build();
                }

                // Keep the unread step, make room (doubling when a single step fills the buffer), read on.
                var left = length - offset;
                if (offset == 0 && left == buffer.Length)
                {
                    if (buffer.Length >= MaximumRowBytes)
                    {
                        throw new JsonException($"An observation is longer than {MaximumRowBytes} bytes.", Path(row), null, null);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
                    buffer.AsSpan(0, left).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                else
                {
                    buffer.AsSpan(offset, left).CopyTo(buffer);
                }

                offset = 0;
                length = left + Fill(stream, buffer, left, ref final);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a set inside a converter, where the reader holds the whole array.</summary>
    public static ObservationSet ReadArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected a JSON array of observations, found {reader.TokenType}.");
        }

        var builder = new ObservationSetBuilder();
        var cache = new ObservationJsonCache();
        var fields = default(ObservationFields);
        var row = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            try
            {
                if (!ReadRow(ref reader, ref fields, cache, builder))
                {
                    throw new JsonException("The observation object is incomplete.");
                }
            }
            catch (JsonException exception) when (exception.Path is null)
            {
                // The serializer's path stops at the array this converter reads; the message names the row and property.
                var (field, reason) = exception is FieldJsonException f ? ("." + f.Field, f.Reason) : (string.Empty, exception.Message);
                throw new JsonException($"'[{row.ToString(CultureInfo.InvariantCulture)}]{field}': {reason}", exception);
            }

            row++;
        }

        return builder.Build();
    }

    /// <summary>Writes the set as an array; flushes to the stream as it goes when <paramref name="flush"/> is set.</summary>
    public static void Write(Utf8JsonWriter writer, ObservationSet set, bool flush)
    {
        var metrics = Array.ConvertAll(set.MetricTable, metric => JsonEncodedText.Encode(ObservationJson.Text(metric)));
        var subjects = Array.ConvertAll(set.SubjectTable, EncodedSubject.Of);
        var periods = Array.ConvertAll(set.PeriodTable, ObservationJson.Encode);
        var sources = Array.ConvertAll(set.SourceTable, source => JsonEncodedText.Encode(source, DanVanJson.Encoder));
        var columns = set.Columns;
        writer.WriteStartArray();
        for (var m = 0; m < metrics.Length; m++)
        {
            for (var row = set.MetricStart[m]; row < set.MetricStart[m + 1]; row++)
            {
                var meta = columns.Meta[row];
                ObservationJson.WriteRow(
                    writer, metrics[m], subjects[columns.Subject[row]], periods[columns.Period[row]], columns.ValueOf(row),
                    columns.HasParts(row) ? columns.DenominatorOf(row) : null,
                    ObservationColumns.QualifierOf(meta),
                    ObservationColumns.IsProvisional(meta) ? ObservationStatus.Provisional : ObservationStatus.Final,
                    columns.Source is { } source && source[row] != 0 ? sources[source[row]] : null,
                    columns.UnitOf(row));
                if (flush && writer.BytesPending > FlushThreshold)
                {
                    writer.Flush();
                }
            }
        }

        writer.WriteEndArray();
    }

    // Reads the object the reader is on and adds it; false when the buffer ends inside it. Errors carry no path: the
    // callers add the row, each in its own way.
    private static bool ReadRow(ref Utf8JsonReader reader, ref ObservationFields fields, ObservationJsonCache cache, ObservationSetBuilder builder)
    {
        if (!ObservationJson.TryReadObject(ref reader, ref fields, cache))
        {
            return false;
        }

        try
        {
            fields.AddTo(builder);
        }
        catch (ArgumentException exception)
        {
            // The builder's rules; the fields were checked first, so this is a safety net.
            throw new JsonException("Not a valid observation: " + exception.Message, exception);
        }

        return true;
    }

    private static JsonException AtRow(int? row, string message, Exception inner) =>
        new(message, row is { } r ? Path(r) : "$", null, null, inner);

    private static string Path(int row) => "$[" + row.ToString(CultureInfo.InvariantCulture) + "]";

    private static int Fill(Stream stream, byte[] buffer, int start, ref bool final)
    {
        var total = 0;
        while (start + total < buffer.Length)
        {
            var read = stream.Read(buffer, start + total, buffer.Length - start - total);
            if (read == 0)
            {
                final = true;
                break;
            }

            total += read;
        }

        return total;
    }
}
