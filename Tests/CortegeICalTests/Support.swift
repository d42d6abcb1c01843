import CortegeCore
import CortegeICal
import CortegeTestSupport
import Foundation

/// The instant of a UTC wall time, computed with Foundation (independently of the code under test).
func utc(_ y: Int, _ mo: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0) -> Instant {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let date =
        calendar.date(from: DateComponents(year: y, month: mo, day: d, hour: h, minute: mi))
        ?? Date(timeIntervalSince1970: 0)
    return Instant(seconds: Int64(date.timeIntervalSince1970))
}

/// The fixture files of these tests (`Fixtures/`, copied into the test bundle).
let fixtures = Fixtures(bundle: .module)

/// The path of a fixture file.
func fixture(_ name: String) -> String { fixtures.path(name) }

let paris = Zone("Europe/Paris")!

/// A reader over April 2026 with Paris as the visit's zone.
func aprilReader(zone: Zone = paris) -> AgendaReader {
    AgendaReader(from: utc(2026, 4, 1), to: utc(2026, 5, 1), floatingZone: zone)
}
