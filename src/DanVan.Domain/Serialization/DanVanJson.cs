using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace DanVan.Domain.Serialization;

/// <summary>
/// The one entry point for JSON: options built on <see cref="DanVanJsonContext"/>, and typed helpers.
/// </summary>
/// <remarks>
/// <para>Every failure to read is a <see cref="JsonException"/> whose <c>Path</c> says where (<c>$.issues[0].code</c>).</para>
/// <para>In ASP.NET, add the library's metadata to the app's options:
/// <c>builder.Services.ConfigureHttpJsonOptions(o => DanVanJson.Configure(o.SerializerOptions));</c></para>
/// </remarks>
/// <example>
/// <code>
/// string json = DanVanJson.Serialize(result);                   // {"issues":[...],"isValid":false}
/// ValidationResult back = DanVanJson.Deserialize&lt;ValidationResult&gt;(json);
/// </code>
/// </example>
public static class DanVanJson
{
    /// <summary>
    /// The encoder the library writes with: Vietnamese letters stay readable ("Văn bản", not "V\u0103n b\u1EA3n") while
    /// characters that matter in HTML (&lt; &gt; &amp; ' ") are still escaped.
    /// </summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(
        UnicodeRanges.BasicLatin,
        UnicodeRanges.Latin1Supplement,
        UnicodeRanges.LatinExtendedA,
        UnicodeRanges.LatinExtendedB,
        UnicodeRanges.CombiningDiacriticalMarks,
        UnicodeRanges.LatinExtendedAdditional,
        UnicodeRanges.GeneralPunctuation);

    /// <summary>Read-only options with the library's conventions and metadata.</summary>
    /// <remarks>Declared after <see cref="Encoder"/>: static initialisers run in declaration order.</remarks>
    public static JsonSerializerOptions Options { get; } = CreateReadOnlyOptions();

    /// <summary>A new, mutable copy of <see cref="Options"/> to extend with your own resolvers and converters.</summary>
    public static JsonSerializerOptions CreateOptions() => new(Options);

    /// <summary>
    /// Adds the library's metadata (first in the resolver chain) and its NodaTime converters to existing options,
    /// so your own types can hold the library's types and <c>LocalDate</c>s.
    /// </summary>
    /// <remarks>
    /// The options must already resolve your own types: ASP.NET's options do; for a new
    /// <see cref="JsonSerializerOptions"/> add your own <c>JsonSerializerContext</c> (or, without AOT,
    /// a <c>DefaultJsonTypeInfoResolver</c>) to <see cref="JsonSerializerOptions.TypeInfoResolverChain"/> as well.
    /// </remarks>
    /// <returns>The same options, for chaining.</returns>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.TypeInfoResolverChain.Insert(0, DanVanJsonContext.Default);
        options.Converters.Add(new LocalDateJsonConverter());
        options.Converters.Add(new DateIntervalJsonConverter());
        return options;
    }

    /// <summary>Serializes a value of a library type.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Deserializes a value of a library type; bad input throws <see cref="JsonException"/> with the path.</summary>
    /// <remarks>A string that is not valid UTF-16 (a lone surrogate) is a <see cref="JsonException"/> here too.</remarks>
    public static T? Deserialize<T>(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, TypeInfo<T>());
        }
        catch (ArgumentException exception) when (exception.InnerException is EncoderFallbackException)
        {
            // System.Text.Json transcodes to UTF-8 before reading and reports a lone surrogate as an argument error.
            throw new JsonException("The JSON text is not valid UTF-16: it contains a lone surrogate.", exception);
        }
    }

    /// <summary>Deserializes a value of a library type from UTF-8 bytes.</summary>
    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize(utf8Json, TypeInfo<T>());

    /// <summary>Deserializes a value of a library type from a stream.</summary>
    public static ValueTask<T?> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken = default) =>
        JsonSerializer.DeserializeAsync(utf8Json, TypeInfo<T>(), cancellationToken);

    /// <summary>The metadata for <typeparamref name="T"/>.</summary>
    /// <exception cref="NotSupportedException">The type is not one of the library's.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>() =>
        TypeInfoCache<T>.Value
        ?? throw new NotSupportedException($"{typeof(T)} is not a DanVan.Domain type; use your own JsonSerializerContext for it.");

    private static JsonSerializerOptions CreateReadOnlyOptions()
    {
        var options = new JsonSerializerOptions(DanVanJsonContext.Default.Options) { Encoder = Encoder };
        options.MakeReadOnly();
        return options;
    }

    // Looked up once per type, not on every call; null when the library has no metadata for T.
    private static class TypeInfoCache<T>
    {
        internal static readonly JsonTypeInfo<T>? Value =
            DanVanJsonContext.Default.GetTypeInfo(typeof(T)) is null ? null : (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
    }
}
