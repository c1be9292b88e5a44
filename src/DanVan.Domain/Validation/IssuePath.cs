using System.Globalization;

namespace DanVan.Domain.Validation;

/// <summary>
/// Builds the paths that locate issues: properties joined by dots, indexes in brackets
/// (<c>activities[2].period</c>), the shape ASP.NET model state uses.
/// </summary>
public static class IssuePath
{
    /// <summary>The path of a property under <paramref name="parent"/>.</summary>
    /// <example><code>IssuePath.Property("activities[2]", "period") // "activities[2].period"</code></example>
    public static string Property(string parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(name);
        return Combine(parent, name);
    }

    /// <summary>The path of an element of a list at <paramref name="parent"/>.</summary>
    /// <example><code>IssuePath.Index("activities", 2) // "activities[2]"</code></example>
    public static string Index(string parent, int index)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
    }

    /// <summary>Joins two paths, adding a dot unless the child is empty or starts with an index.</summary>
    public static string Combine(string parent, string child)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(child);
        if (parent.Length == 0)
        {
            return child;
        }

        if (child.Length == 0)
        {
            return parent;
        }

        return child[0] == '[' ? parent + child : parent + "." + child;
    }
}
