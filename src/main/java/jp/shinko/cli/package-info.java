/** Command-line entry points ({@code ./shinko serve|import|parse|export|db|version}). */
package jp.shinko.cli;
