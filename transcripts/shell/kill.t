`kill` sends a signal (SIGTERM unless told otherwise) to a job (`%1`, `%%`, `%-`, `%sleep`) or
a background process; the job ends at once and its notice comes before the next prompt, worded
by the signal. `wait` then returns 128 plus the signal's number. `kill -l` names the signals.
  $ sleep 100 &
  $ sleep 200 &
  $ sleep 300 &
  $ kill %1
  $ kill -9 %-
  $ jobs
  $ kill -s INT $!; wait $!; echo $?
  $ sleep 100 &
  $ kill -CONT %sleep; kill -0 %%; jobs
  $ kill -USR1 %?100
  $ kill %1
  $ kill 4321; echo $?
  $ kill abc
  $ kill -s TERMINATE %1
  $ kill -9
  $ kill -l
  $ kill -l 9 143 TERM sigint
  $ type kill fg bg disown exec
