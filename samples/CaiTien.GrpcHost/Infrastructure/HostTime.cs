using NodaTime;

namespace CaiTien.GrpcHost.Infrastructure;

/// <summary>Vietnamese schools' time zone: "today" is computed here from the injected clock.</summary>
internal static class HostTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
}
