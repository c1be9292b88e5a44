using System.Text.Json.Serialization;
using DanVan.Domain.Text;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Người: a person holding posts, reduced to a name and an optional identifier of the portal's choosing. Portals hold
/// the personal data; this library needs no more to tell holders apart.
/// </summary>
/// <remarks>The name is stored normalised (NFC). Equality by name and identifier. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(PersonJsonConverter))]
public sealed record Person
{
    /// <summary>Creates a person.</summary>
    /// <param name="name">The full name: "Lê Hồng Sơn".</param>
    /// <param name="identifier">An identifier of the portal's choosing, to tell apart people of one name.</param>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    public Person(string name, string? identifier = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A person needs a name.", nameof(name));
        }

        Name = VietnameseNormalization.Normalize(name.Trim());
        Identifier = string.IsNullOrWhiteSpace(identifier) ? null : identifier.Trim();
    }

    /// <summary>The full name.</summary>
    public string Name { get; }

    /// <summary>The portal's identifier; null when none was given.</summary>
    public string? Identifier { get; }

    /// <summary>The name, and the identifier in brackets when there is one.</summary>
    public override string ToString() => Identifier is null ? Name : $"{Name} [{Identifier}]";
}
