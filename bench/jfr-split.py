#!/usr/bin/env python3
"""CPU samples of a JFR recording split by what they were doing: each jdk.ExecutionSample is
counted under the category of the innermost frame (nearest the top of its stack) that belongs to
one, so JDK frames count for the library that called them, and a callback that runs the rest of a
request (a future completed by Bucket4j, a filter wrapping the chain) does not swallow it.
   bench/jfr-split.py recording.jfr [top-frames]"""
import re, subprocess, sys, collections
CATEGORIES = [
    ("rate limit (bucket4j/hazelcast)", r"bucket4j|ratelimit\.|RateLimiter"),
    ("tenant signature (HMAC)", r"TenantSignature|javax\.crypto|SeenSignatures"),
    ("jdbc/postgres driver", r"org\.postgresql|hikari"),
    ("jooq (render, map)", r"org\.jooq"),
    ("json (jackson)", r"jackson"),
    ("templates", r"thymeleaf"),
    ("hazelcast (routes, cluster)", r"com\.hazelcast"),
    ("logging", r"logback|slf4j|log4j"),
    ("http client (reactor-netty)", r"reactor\.netty\.http\.client|NettyRoutingFilter"),
    ("metrics/observation", r"^io\.micrometer"),
    ("spring cloud gateway filters", r"springframework\.cloud\.gateway"),
    ("spring web", r"springframework\.web|springframework\.http|jakarta\.servlet|tomcat|undertow|jetty"),
    ("netty io", r"io\.netty"),
    ("reactor", r"reactor\.core"),
]
path = sys.argv[1]
out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", path],
                     capture_output=True, text=True).stdout
samples = out.split("jdk.ExecutionSample")[1:]
counts = collections.Counter(); tops = collections.Counter()
for s in samples:
    frames = re.findall(r"^\s+([\w$.<>]+\([^)]*\))\s+line:", s, re.M)
    def category(frame):
        for name, pattern in CATEGORIES:
            if re.search(pattern, frame):
                return name
        return None
    counts[next((c for c in map(category, frames) if c), "other (JDK, JVM)")] += 1
    if frames: tops[frames[0]] += 1
total = sum(counts.values()) or 1
print(f"{path}: {total} samples")
for name, n in counts.most_common():
    print(f"  {100*n/total:5.1f} %  {name}")
if len(sys.argv) > 2:
    for frame, n in tops.most_common(int(sys.argv[2])):
        print(f"  {n:5d}  {frame}")
