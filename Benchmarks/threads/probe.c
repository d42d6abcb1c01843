/* The thread probe: what Cortège's agenda reader asks of libical, from several threads at once
 * (docs/agendas.md, "libical on every core").
 *
 * The process-wide settings are made once at start (errors not fatal, built-in zone table and UTC loaded,
 * Europe/Paris looked up), and one zone is made from the first file's VTIMEZONE and shared by every thread,
 * as Sources/CortegeICal/SharedZones.swift does. Then THREADS threads take the files of DIR in turn; for each
 * file, a thread parses it, writes its own VTIMEZONE back as text (the key SharedZones recognises a
 * definition by), walks its VEVENTs, converts DTSTART and DTEND through the shared zone, the
 * built-in Europe/Paris zone and UTC, expands each RRULE over 2026 with libical's iterator, and frees the tree.
 *
 * Usage: probe [--lock] [--names] THREADS DIR
 *   --lock   one mutex around each file's work (what one process-wide lock gives, for the ratio);
 *   --names  each thread also calls icaltimezone_get_builtin_timezone with names not yet in the table,
 *            without a lock: the call Cortège serialises; helgrind reports its race.
 * Prints a JSON line: files, events, occurrences and a checksum (equal whatever THREADS and --lock). */
#include <dirent.h>
#include <libical/ical.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **paths;
static int path_count;
static int next_path;
static int use_lock;
static int use_names;
static pthread_mutex_t queue_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t libical_mutex = PTHREAD_MUTEX_INITIALIZER;
static icaltimezone *shared_zone;
static icaltimezone *paris;

struct totals {
    long events, occurrences;
    long long checksum;
};

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

static void read_file(const char *text, struct totals *t) {
    icalcomponent *cal = icalparser_parse_string(text);
    if (!cal) return;
    icaltimezone *utc = icaltimezone_get_utc_timezone();
    struct icaltimetype from = icaltime_from_string("20260101T000000Z");
    struct icaltimetype to = icaltime_from_string("20270101T000000Z");
    /* The file's own VTIMEZONE written back as text: the key SharedZones recognises a definition by. */
    icalcomponent *vtz = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
    char *key = vtz ? icalcomponent_as_ical_string_r(vtz) : NULL;
    if (key) {
        t->checksum += (long long)strlen(key) & 15;
        free(key);
    }
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        t->events++;
        struct icaltimetype start = icalcomponent_get_dtstart(ev);
        struct icaltimetype end = icalcomponent_get_dtend(ev);
        icaltimezone *zone = start.zone && !icaltime_is_utc(start) ? shared_zone : (icaltimezone *)start.zone;
        t->checksum += (long long)icaltime_as_timet_with_zone(start, zone);
        t->checksum += (long long)icaltime_as_timet_with_zone(end, zone) & 1;
        t->checksum += (long long)icaltime_as_timet_with_zone(start, paris) & 3;
        struct icaltimetype in_utc = icaltime_convert_to_zone(start, utc);
        t->checksum += in_utc.hour;
        for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY); p;
             p = icalcomponent_get_next_property(ev, ICAL_RRULE_PROPERTY)) {
            struct icalrecurrencetype rule = icalproperty_get_rrule(p);
            struct icaltimetype zoned = start;
            if (zone && !start.is_date) zoned.zone = zone;
            icalrecur_iterator *it = icalrecur_iterator_new(rule, zoned);
            if (!it) continue;
            for (int steps = 0; steps < 1000; steps++) {
                struct icaltimetype o = icalrecur_iterator_next(it);
                if (icaltime_is_null_time(o) || icaltime_compare(o, to) >= 0) break;
                if (icaltime_compare(o, from) < 0) continue;
                t->occurrences++;
                t->checksum += (long long)icaltime_as_timet_with_zone(o, zone) & 7;
            }
            icalrecur_iterator_free(it);
        }
    }
    icalcomponent_free(cal);
}

static void *worker(void *arg) {
    struct totals *t = arg;
    /* Names libical's table does not list but the system's tzdata has: each look-up appends to the table. */
    static const char *names[] = {"Etc/GMT+3", "Etc/GMT-5", "US/Pacific", "Japan",
                                  "Cuba",      "Egypt",     "Eire",       "Iceland"};
    int turn = 0;
    for (;;) {
        pthread_mutex_lock(&queue_mutex);
        int i = next_path < path_count ? next_path++ : -1;
        pthread_mutex_unlock(&queue_mutex);
        if (i < 0) break;
        char *text = slurp(paths[i]);
        if (!text) continue;
        if (use_lock) pthread_mutex_lock(&libical_mutex);
        read_file(text, t);
        if (use_names) {
            icaltimezone *z = icaltimezone_get_builtin_timezone(names[turn++ % 8]);
            t->checksum += z ? 0 : 1;
        }
        if (use_lock) pthread_mutex_unlock(&libical_mutex);
        free(text);
    }
    return NULL;
}

int main(int argc, char **argv) {
    int a = 1;
    for (; a < argc && argv[a][0] == '-'; a++) {
        if (strcmp(argv[a], "--lock") == 0) use_lock = 1;
        else if (strcmp(argv[a], "--names") == 0) use_names = 1;
        else { fprintf(stderr, "unknown option %s\n", argv[a]); return 2; }
    }
    if (argc - a != 2) { fprintf(stderr, "usage: probe [--lock] [--names] THREADS DIR\n"); return 2; }
    int threads = atoi(argv[a]);
    const char *folder = argv[a + 1];
    if (threads < 1 || threads > 64) { fprintf(stderr, "THREADS: 1 to 64\n"); return 2; }

    /* The settings Sources/CortegeICal/LibICal.swift makes once, before any thread starts. */
    icalerror_set_errors_are_fatal(0);
    icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, ICAL_ERROR_NONFATAL);
    icalerror_clear_errno();
    (void)icaltimezone_get_builtin_timezones();
    (void)icaltimezone_get_utc_timezone();
    paris = icaltimezone_get_builtin_timezone("Europe/Paris");

    DIR *dir = opendir(folder);
    if (!dir) { perror(folder); return 2; }
    struct dirent *entry;
    int capacity = 0;
    while ((entry = readdir(dir)) != NULL) {
        size_t len = strlen(entry->d_name);
        if (len < 5 || strcmp(entry->d_name + len - 4, ".ics") != 0) continue;
        if (path_count == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            paths = realloc(paths, sizeof *paths * (size_t)capacity);
        }
        size_t size = strlen(folder) + len + 2;
        paths[path_count] = malloc(size);
        snprintf(paths[path_count], size, "%s/%s", folder, entry->d_name);
        path_count++;
    }
    closedir(dir);
    if (path_count == 0) { fprintf(stderr, "no .ics in %s\n", folder); return 2; }

    /* One zone from the first file's VTIMEZONE, shared by every thread (SharedZones). */
    char *first = slurp(paths[0]);
    icalcomponent *cal = first ? icalparser_parse_string(first) : NULL;
    icalcomponent *vtz = cal ? icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT) : NULL;
    shared_zone = icaltimezone_new();
    if (!vtz || !icaltimezone_set_component(shared_zone, icalcomponent_new_clone(vtz))) {
        fprintf(stderr, "the first file has no VTIMEZONE\n");
        return 2;
    }
    icalcomponent_free(cal);
    free(first);

    pthread_t ids[64];
    struct totals totals[64];
    memset(totals, 0, sizeof totals);
    for (int i = 0; i < threads; i++) pthread_create(&ids[i], NULL, worker, &totals[i]);
    struct totals sum = {0, 0, 0};
    for (int i = 0; i < threads; i++) {
        pthread_join(ids[i], NULL);
        sum.events += totals[i].events;
        sum.occurrences += totals[i].occurrences;
        sum.checksum += totals[i].checksum;
    }
    printf("{\"files\": %d, \"events\": %ld, \"occurrences\": %ld, \"checksum\": %lld}\n", path_count, sum.events,
           sum.occurrences, sum.checksum);
    icaltimezone_free(shared_zone, 1);
    for (int i = 0; i < path_count; i++) free(paths[i]);
    free(paths);
    icaltimezone_free_builtin_timezones();
    return 0;
}
