# SPDX-License-Identifier: GPL-3.0-or-later
# The test suite's small run of bench_scale: on the small demo, --quick, it must run to its end
# and print every figure's line (measured, or "not measured: why"). No timing is checked: a
# busy machine must not fail a test.
#   cmake -DCLI=parcours-cli -DBENCH=bench_scale -DGUI=parcours -DWORK=DIR -P RunScaleBench.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${CLI}" demo --db "${WORK}/demo.parcours" --seed 3
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "parcours-cli demo failed (${status}):\n${out}")
endif()
execute_process(COMMAND "${BENCH}" --db "${WORK}/demo.parcours" --work "${WORK}/work" --gui "${GUI}" --quick
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "bench_scale failed (${status})")
endif()
foreach(name gui-open participants-list search-keystroke cohort-stats all-time-stats csv-import cohort-pdf
             review-pack matching gui-peak-memory)
  if(NOT out MATCHES "(^|\n)${name} +[^\n]*(PASS|MISS|not measured)")
    message(FATAL_ERROR "bench_scale printed no figure for ${name}")
  endif()
endforeach()
if(out MATCHES "FIGURES DIFFER")
  message(FATAL_ERROR "Parcours's all-time figures differ from the same aggregates in SQL")
endif()
