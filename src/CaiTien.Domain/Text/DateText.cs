using System.Globalization;
using NodaTime;

namespace CaiTien.Domain.Text;

/// <summary>The one way the library writes a date in text meant for people: "30/5/2024", as Vietnamese documents do.</summary>
internal static class DateText
{
    internal static string Format(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{date.Year}");
}
