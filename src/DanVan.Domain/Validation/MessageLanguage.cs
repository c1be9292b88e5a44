using System.Text.Json.Serialization;

namespace DanVan.Domain.Validation;

/// <summary>The language of a message. Every issue carries both.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MessageLanguage>))]
public enum MessageLanguage
{
    /// <summary>English.</summary>
    [JsonStringEnumMemberName("en")]
    English = 0,

    /// <summary>Tiếng Việt: Vietnamese.</summary>
    [JsonStringEnumMemberName("vi")]
    Vietnamese = 1,
}
