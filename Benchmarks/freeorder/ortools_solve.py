#!/usr/bin/env python3
"""Solves the free-order instances with Google OR-Tools' routing solver, with time windows.

The same model as Cortège: one vehicle leaves node 0 (the préfecture) at `departure` and comes back
to it; the time dimension accumulates travel (the instance's matrix) plus the visit of the node left;
waiting (slack) is allowed; each stop's start lies in its window and the return is before the
deadline. The objective is the end time first (span cost, weight 10 000 per minute), then travel.
"""
import time

import ortools
from ortools.constraint_solver import pywrapcp, routing_enums_pb2

END_WEIGHT = 10_000


def version():
    return ortools.__version__


def solve(instance, time_limit=None, metaheuristic=None, first_solution="LOCAL_CHEAPEST_INSERTION"):
    """Returns (feasible, end, travel, order, seconds)."""
    started = time.perf_counter()
    n = instance["n"]
    matrix = instance["matrix"]
    durations = [0] + instance["durations"]
    departure = instance["departure"]
    horizon = departure + sum(durations) + sum(max(row) for row in matrix) + 24 * 60

    manager = pywrapcp.RoutingIndexManager(n + 1, 1, 0)
    routing = pywrapcp.RoutingModel(manager)

    def transit(i, j):
        a, b = manager.IndexToNode(i), manager.IndexToNode(j)
        return durations[a] + matrix[a][b]

    def travel(i, j):
        return matrix[manager.IndexToNode(i)][manager.IndexToNode(j)]

    transit_index = routing.RegisterTransitCallback(transit)
    travel_index = routing.RegisterTransitCallback(travel)
    routing.SetArcCostEvaluatorOfAllVehicles(travel_index)
    routing.AddDimension(transit_index, horizon, horizon, False, "Time")
    clock = routing.GetDimensionOrDie("Time")
    clock.CumulVar(routing.Start(0)).SetRange(departure, departure)
    for stop in range(n):
        lo, hi = instance["earliest"][stop], instance["latest"][stop]
        clock.CumulVar(manager.NodeToIndex(stop + 1)).SetRange(
            lo if lo is not None else 0, hi if hi is not None else horizon
        )
    if instance["deadline"] is not None:
        clock.CumulVar(routing.End(0)).SetMax(instance["deadline"])
    clock.SetSpanCostCoefficientForAllVehicles(END_WEIGHT)
    routing.AddVariableMinimizedByFinalizer(clock.CumulVar(routing.End(0)))

    params = pywrapcp.DefaultRoutingSearchParameters()
    # Of PATH_CHEAPEST_ARC, AUTOMATIC, PARALLEL_ and LOCAL_CHEAPEST_INSERTION, the last finds a first
    # order fastest on these instances (the others often find none within seconds at n ≥ 12).
    params.first_solution_strategy = getattr(routing_enums_pb2.FirstSolutionStrategy, first_solution)
    if metaheuristic == "gls":
        params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    if time_limit is not None:
        params.time_limit.FromMilliseconds(int(time_limit * 1000))
    solution = routing.SolveWithParameters(params)
    seconds = time.perf_counter() - started
    if solution is None:
        return False, None, None, None, seconds
    order, index = [], routing.Start(0)
    travelled = 0
    while not routing.IsEnd(index):
        following = solution.Value(routing.NextVar(index))
        travelled += matrix[manager.IndexToNode(index)][manager.IndexToNode(following)]
        index = following
        if not routing.IsEnd(index):
            order.append(manager.IndexToNode(index))
    end = solution.Value(clock.CumulVar(routing.End(0)))
    return True, end, travelled, order, seconds
