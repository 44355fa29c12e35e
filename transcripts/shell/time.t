The `time` keyword reports on standard error how long a pipeline took, in bash's format: real
time from the virtual clock, no processor time (the simulated commands use none).
  $ time sleep 2
  
  real	0m2.000s
  user	0m0.000s
  sys	0m0.000s
  $ time sleep 90 | wc -l
  0
  
  real	1m30.000s
  user	0m0.000s
  sys	0m0.000s
  $ time
  
  real	0m0.000s
  user	0m0.000s
  sys	0m0.000s
  $ time -p sleep 1
  real 1.00
  user 0.00
  sys 0.00
  $ time kubectl get nodes > /dev/null
  
  real	0m0.000s
  user	0m0.000s
  sys	0m0.000s
  $ time ! false; echo "status $?"
  
  real	0m0.000s
  user	0m0.000s
  sys	0m0.000s
  status 0
  $ ! time true; echo "status $?"
  
  real	0m0.000s
  user	0m0.000s
  sys	0m0.000s
  status 1
  $ TIMEFORMAT='took %R seconds (%lR, %0R, %1U, %P%% cpu)'
  $ time sleep 61
  took 61.000 seconds (1m1.000s, 61, 0.0, 0.00% cpu)
  $ TIMEFORMAT='%Q'
  $ time sleep 1; echo "status $?"
  bash: TIMEFORMAT: `Q': invalid format character
  status 0
  $ TIMEFORMAT=
  $ time sleep 1
  $ unset TIMEFORMAT
  $ { time sleep 3; } 2>&1 | grep real
  real	0m3.000s
  $ echo time is just a word here
  time is just a word here
