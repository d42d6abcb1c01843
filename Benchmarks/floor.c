/* The floor: parse every agenda of a folder with libical and walk its events (no expansion, no check).
 * Usage: floor DIR   (prints the number of VEVENTs and a checksum of their start times) */
#include <dirent.h>
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)size + 1);
    if (data && fread(data, 1, (size_t)size, f) != (size_t)size) { free(data); data = NULL; }
    if (data) data[size] = 0;
    fclose(f);
    return data;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: floor DIR\n"); return 2; }
    DIR *dir = opendir(argv[1]);
    if (!dir) { perror(argv[1]); return 2; }
    long events = 0;
    long long checksum = 0;
    struct dirent *entry;
    char path[4096];
    while ((entry = readdir(dir)) != NULL) {
        size_t len = strlen(entry->d_name);
        if (len < 5 || strcmp(entry->d_name + len - 4, ".ics") != 0) continue;
        snprintf(path, sizeof path, "%s/%s", argv[1], entry->d_name);
        char *text = slurp(path);
        if (!text) continue;
        icalcomponent *cal = icalparser_parse_string(text);
        free(text);
        if (!cal) continue;
        for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
             ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
            struct icaltimetype start = icalcomponent_get_dtstart(ev);
            struct icaltimetype end = icalcomponent_get_dtend(ev);
            checksum += (long long)icaltime_as_timet_with_zone(start, start.zone);
            checksum += (long long)icaltime_as_timet_with_zone(end, end.zone) & 1;
            events++;
        }
        icalcomponent_free(cal);
    }
    closedir(dir);
    printf("{\"events\": %ld, \"checksum\": %lld}\n", events, checksum);
    return 0;
}
