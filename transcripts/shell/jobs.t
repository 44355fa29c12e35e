A command ended by `&` at the prompt is a job: bash says `[N] PID` on standard error, `$!` is
its process ID, and the prompt comes back at once. `sleep` in a job moves only the job's own
time; once the lab's clock passes its end, the job is reported right after the foreground
command that waited (or before the next prompt), with `+` on the current job and `-` on the
previous. A job that ends at once is heard of a prompt later, as bash's prompt comes first.
`wait` and `fg` move the clock to a job's end; `fg` shows the command it resumes.
  $ sleep 30 &
  [1] 2482
  $ echo $!
  2482
  $ jobs
  [1]+  Running                 sleep 30 &
  $ sleep 60 &
  [2] 2483
  $ (sleep 10; echo ten seconds; exit 3) &
  [3] 2484
  $ jobs -l
  [1]   2482 Running                 sleep 30 &
  [2]-  2483 Running                 sleep 60 &
  [3]+  2484 Running                 ( sleep 10; echo ten seconds; exit 3 ) &
  $ jobs -p
  2482
  2483
  2484
  $ sleep 15; echo slept
  ten seconds
  [3]+  Exit 3                  ( sleep 10; echo ten seconds; exit 3 )
  slept
  $ jobs
  [1]-  Running                 sleep 30 &
  [2]+  Running                 sleep 60 &
  $ sleep 10 | cat &
  [3] 2486
  $ jobs -l %3
  [3]+  2485 Running                 sleep 10
        2486                       | cat &
  $ fg %3; echo $?
  sleep 10 | cat
  0
  $ wait %1; echo $?
  [1]-  Done                    sleep 30
  0
  $ fg
  sleep 60
  $ fg
  bash: fg: current: no such job
  $ false &
  [1] 2487
  $ true
  [1]+  Exit 1                  false
  $ for i in 1 2; do sleep $i & done
  [1] 2488
  [2] 2489
  $ wait; echo $?
  [1]-  Done                    sleep $i
  [2]+  Done                    sleep $i
  0
  $ wait 2484; echo $?
  3
