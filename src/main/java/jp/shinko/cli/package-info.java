/** Command-line entry points ({@code ./shinko serve|import|parse|export|db|index|version}). */
package jp.shinko.cli;
