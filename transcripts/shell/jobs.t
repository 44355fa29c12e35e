A command ended by `&` at the prompt is a job: bash says `[N] PID` on standard error, `$!` is
its process ID, and the prompt comes back at once. `sleep` in a job moves only the job's own
time; once the lab's clock passes its end, the job is reported before the next prompt (or right
after a foreground command that waited), with `+` on the current job and `-` on the previous.
  $ sleep 30 &
  $ echo $!
  $ jobs
  $ sleep 60 &
  $ (sleep 10; echo ten seconds; exit 3) &
  $ jobs -l
  $ jobs -p
  $ sleep 15; echo slept
  $ jobs
  $ sleep 10 | cat &
  $ jobs -l %4
  $ wait %4; echo $?
  $ fg
  $ echo $?
  $ jobs
  $ fg
  $ false &
  $ true
  $ for i in 1 2; do sleep $i & done
  $ wait; echo $?
