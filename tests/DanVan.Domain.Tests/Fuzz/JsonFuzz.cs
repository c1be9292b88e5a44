using System.Text;
using System.Text.Json;

namespace DanVan.Domain.Tests.Fuzz;

/// <summary>Helpers of the hostile-JSON tests: mutate a document, and read it expecting nothing but <see cref="JsonException"/>.</summary>
public static class JsonFuzz
{
    // The value of "property" replaced by a raw JSON value.
    public static string Replace(string json, string property, string value)
    {
        using var document = JsonDocument.Parse(json);
        var builder = new StringBuilder("{");
        foreach (var item in document.RootElement.EnumerateObject())
        {
            builder.Append(builder.Length > 1 ? "," : string.Empty).Append(JsonSerializer.Serialize(item.Name)).Append(':')
                .Append(item.Name == property ? value : item.Value.GetRawText());
        }

        return builder.Append('}').ToString();
    }

    // True when the read succeeded; false for a JsonException; anything else fails the test with what was read.
    public static bool Expect<T>(Func<T> read, string what, bool mustFail = false)
    {
        try
        {
            read();
        }
        catch (JsonException)
        {
            return false;
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{exception.GetType().Name} for {Show(what)}: {exception.Message}");
        }

        if (mustFail)
        {
            Assert.Fail($"No JsonException for {Show(what)}");
        }

        return true;
    }

    /// <summary>One to three random edits of <paramref name="seed"/>: a character removed, or one of <paramref name="noise"/> inserted or overwritten.</summary>
    public static string Mutate(string seed, Random random, string noise)
    {
        var builder = new StringBuilder(seed);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(3))
            {
                case 0: builder.Remove(at, 1); break;
                case 1: builder.Insert(at, noise[random.Next(noise.Length)]); break;
                default: builder[at] = noise[random.Next(noise.Length)]; break;
            }
        }

        return builder.ToString();
    }

    public static string Show(string text) => text.Length > 200 ? text[..200] + "…" : text;

    /// <summary>
    /// Inserts a malformed UTF-8 sequence (truncated, overlong, surrogate, out of range) at <paramref name="count"/> random
    /// places of <paramref name="utf8"/> and reads each result; returns how many were refused with a JsonException
    /// (anything else fails the test).
    /// </summary>
    public static int RefusedInvalidUtf8<T>(byte[] utf8, int seed, Func<byte[], T> read, int count = 600)
    {
        var random = new Random(seed);
        byte[][] bad = [[0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80]];
        var refused = 0;
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(utf8.Length);
            var mutated = utf8[..at].Concat(bad[i % bad.Length]).Concat(utf8[at..]).ToArray();
            refused += Expect(() => read(mutated), $"invalid UTF-8 at byte {at}") ? 0 : 1;
        }

        return refused;
    }
}
