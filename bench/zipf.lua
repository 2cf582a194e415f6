-- wrk script: GET the paths listed in a file (one per line), in that order, cycling. bench/serving.py
-- writes the file: a skewed mix (a few hot articles, a long tail) or many distinct articles.
local paths = {}
local counter = 0
local host = os.getenv("BENCH_HOST")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  -- threads start far apart in the list, so they do not request the same path in lockstep
  counter = ((thread_number or 1) - 1) * math.floor(#paths / 2)
end

request = function()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], { Host = host })
end
