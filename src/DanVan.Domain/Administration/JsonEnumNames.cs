using System.Text;
using System.Text.Json;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Administration;

/// <summary>
/// The JSON names of an enum's values, taken once from its <c>JsonStringEnumConverter</c> (so the attributes stay the
/// one source of names), to read and write them without a serializer call per value on the catalog's load path.
/// Anything unusual (escapes, other casing, unknown names) goes to the converter itself, which decides as always.
/// </summary>
internal static class JsonEnumNames<T>
    where T : struct, Enum
{
    private static readonly (byte[] Utf8, string Text, T Value)[] Names = Build();
    private static readonly bool IsFlags = typeof(T).IsDefined(typeof(FlagsAttribute), false);

    internal static T Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            if (Find(reader.ValueSpan, out var value))
            {
                return value;
            }

            if (TryReadFlags(reader.ValueSpan, out value))
            {
                return value;
            }
        }

        // Other casings the converter accepts; its own error would carry the path of a nested read, so say it here.
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        try
        {
            return JsonSerializer.Deserialize(ref reader, DanVanJson.TypeInfo<T>());
        }
        catch (JsonException)
        {
            throw new JsonException(
                $"{(text is null ? "A " + reader.TokenType : "'" + Text.AttemptedValue.Of(text) + "'")} is not a {typeof(T).Name}: expected one of {string.Join(", ", Names.Select(n => n.Text))}.");
        }
    }

    internal static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> property, T value)
    {
        foreach (var (_, text, candidate) in Names)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                writer.WriteString(property, text);
                return;
            }
        }

        writer.WritePropertyName(property);
        JsonSerializer.Serialize(writer, value, DanVanJson.TypeInfo<T>());
    }

    /// <summary>The JSON name of <paramref name="value"/> without quotes ("mergedInto", "renamed, moved"), for display.</summary>
    internal static string Name(T value)
    {
        foreach (var (_, text, candidate) in Names)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                return text;
            }
        }

        return JsonSerializer.Serialize(value, DanVanJson.TypeInfo<T>()).Trim('"');
    }

    private static bool Find(ReadOnlySpan<byte> name, out T value)
    {
        foreach (var (utf8, _, candidate) in Names)
        {
            if (name.SequenceEqual(utf8))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    // Flags are written "renamed, moved": each part must be a known single name.
    private static bool TryReadFlags(ReadOnlySpan<byte> text, out T value)
    {
        value = default;
        if (!IsFlags || text.IndexOf((byte)',') < 0)
        {
            return false;
        }

        ulong bits = 0;
        foreach (var range in text.Split((byte)','))
        {
            if (!Find(text[range].Trim((byte)' '), out var part))
            {
                return false;
            }

            bits |= Convert.ToUInt64(part, System.Globalization.CultureInfo.InvariantCulture);
        }

        value = (T)Enum.ToObject(typeof(T), bits);
        return true;
    }

    private static (byte[], string, T)[] Build() =>
        Enum.GetValues<T>().Select(value =>
        {
            // The converter writes a quoted ASCII camelCase name.
            var utf8 = JsonSerializer.SerializeToUtf8Bytes(value, DanVanJson.TypeInfo<T>())[1..^1];
            return (utf8, Encoding.UTF8.GetString(utf8), value);
        }).ToArray();
}
